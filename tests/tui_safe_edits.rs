//! A planner and another process writing the same records (issue 10): a form saves only what
//! the person changed; the same field changed elsewhere keeps the form open with a choice; undo
//! puts back only this session's own fields, never deletes what something now points at, and
//! never brings back what someone else deleted.

mod common;

use chrono::NaiveDate;
use common::planner::{app_on, ctrl, press, type_text};
use common::{DataFile, SAMPLE};
use ratatui::crossterm::event::KeyCode;
use tumbuh::model::{Jp, Log, Training};
use tumbuh::ops;
use tumbuh::store::Store;
use tumbuh::tui::app::{App, Note, Popup};
use tumbuh::tui::pane::Pane;
use tumbuh::tui::popup::form::{FieldId, Form};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

fn form(app: &App) -> &Form {
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("no form is open: {:?}", app.note) };
    form
}

fn tab_to(app: &mut App, field: FieldId) {
    for _ in 0..form(app).fields.len() {
        if form(app).focused() == Some(field) {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("the form has no {field:?}");
}

/// Replaces the focused text field's content.
fn retype(app: &mut App, field: FieldId, text: &str) {
    tab_to(app, field);
    for _ in 0..form(app).value(field).chars().count() + 1 {
        press(app, KeyCode::Backspace);
    }
    type_text(app, text);
}

/// Another terminal: its own store on the same file, changing fields as `change` says.
fn elsewhere(file: &DataFile, id: &str, change: impl FnOnce(&mut Training)) {
    let mut shell = Store::open(&file.path, today()).unwrap();
    let base = shell.plan().training(id).unwrap().clone();
    let mut theirs = base.clone();
    change(&mut theirs);
    shell.apply(|plan| Ok(ops::edit(plan, id, &base, &theirs)?)).unwrap();
}

fn t1(file: &DataFile) -> Training {
    file.plan().training("t1").unwrap().clone()
}

fn open_t1(app: &mut App) {
    assert!(app.jump_to(Pane::Trainings, "t1"));
    press(app, KeyCode::Char('e'));
    form(app);
}

#[test]
fn a_stale_form_saves_only_the_field_the_person_changed() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    open_t1(&mut app);
    elsewhere(&file, "t1", |t| {
        t.planned_jp = Jp::whole(9);
        t.why = "Diubah dari terminal lain".into();
    });
    tab_to(&mut app, FieldId::Title);
    press(&mut app, KeyCode::End);
    type_text(&mut app, " Lanjutan");
    ctrl(&mut app, 's');
    assert!(app.popup.is_none(), "{:?}", app.note);
    let t1 = t1(&file);
    assert_eq!(t1.title, "Coaching Penulisan Policy Brief Lanjutan");
    assert_eq!((t1.planned_jp, t1.why.as_str()), (Jp::whole(9), "Diubah dari terminal lain"));
}

#[test]
fn the_same_field_changed_elsewhere_keeps_the_form_open_and_saving_again_keeps_mine() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    open_t1(&mut app);
    elsewhere(&file, "t1", |t| t.why = "Versi terminal lain".into());
    let before = file.text();
    retype(&mut app, FieldId::Why, "Versi formulir");
    ctrl(&mut app, 's');
    let banner = form(&app).banner.clone().expect("a banner names the conflict");
    assert!(banner.contains("Masalah kerja") && banner.contains("Versi terminal lain"), "{banner}");
    assert!(banner.contains("Ctrl-T"), "{banner}");
    assert_eq!(file.text(), before, "nothing is saved on a conflict");
    // The person chose: Ctrl-S again saves theirs over it.
    ctrl(&mut app, 's');
    assert!(app.popup.is_none(), "{:?}", app.note);
    assert_eq!(t1(&file).why, "Versi formulir");
}

#[test]
fn after_a_conflict_ctrl_t_takes_the_other_value_and_saves_the_rest() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    open_t1(&mut app);
    elsewhere(&file, "t1", |t| t.why = "Versi terminal lain".into());
    retype(&mut app, FieldId::Why, "Versi formulir");
    retype(&mut app, FieldId::Provider, "LAN RI");
    ctrl(&mut app, 's');
    assert!(form(&app).banner.is_some());
    ctrl(&mut app, 't');
    assert_eq!(form(&app).value(FieldId::Why), "Versi terminal lain");
    assert_eq!(form(&app).banner, None);
    ctrl(&mut app, 's');
    assert!(app.popup.is_none(), "{:?}", app.note);
    let t1 = t1(&file);
    assert_eq!((t1.why.as_str(), t1.provider.as_str()), ("Versi terminal lain", "LAN RI"));
}

#[test]
fn a_record_deleted_meanwhile_is_said_and_the_form_kept() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    assert!(app.jump_to(Pane::Trainings, "t9"));
    press(&mut app, KeyCode::Char('e'));
    let mut shell = Store::open(&file.path, today()).unwrap();
    shell.apply(|plan| Ok(ops::delete_training(plan, "t9", ops::OnLinked::Unlink)?)).unwrap();
    let before = file.text();
    tab_to(&mut app, FieldId::Title);
    type_text(&mut app, " baru");
    ctrl(&mut app, 's');
    let banner = form(&app).banner.clone().expect("the form says why it did not save");
    assert!(banner.contains("t9"), "{banner}");
    assert_eq!(file.text(), before);
}

#[test]
fn undo_after_another_edit_puts_back_only_this_sessions_fields() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    let original = t1(&file);
    open_t1(&mut app);
    tab_to(&mut app, FieldId::Title);
    type_text(&mut app, " Lanjutan");
    retype(&mut app, FieldId::Why, "Versi planner");
    ctrl(&mut app, 's');
    assert!(app.popup.is_none());
    // The shell then changes the why and the provider.
    elsewhere(&file, "t1", |t| {
        t.why = "Versi terminal lain".into();
        t.provider = "LAN RI".into();
    });
    app.tick();
    press(&mut app, KeyCode::Char('u'));
    let t1 = t1(&file);
    assert_eq!(t1.title, original.title, "this session's own field is undone");
    assert_eq!(t1.why, "Versi terminal lain", "a field changed since is left");
    assert_eq!(t1.provider, "LAN RI", "a field this session never touched is left");
    let Some(Note::Info(note)) = &app.note else { panic!("{:?}", app.note) };
    assert!(note.contains("why"), "undo says what it left: {note}");
}

#[test]
fn undo_of_a_delete_never_brings_back_what_someone_else_deleted() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    // t1 has log entries l2 and l3; delete it and keep them, unlinked.
    assert!(app.jump_to(Pane::Trainings, "t1"));
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('k'));
    assert!(file.plan().training("t1").is_none());
    let mut shell = Store::open(&file.path, today()).unwrap();
    shell.apply(|plan| Ok(ops::delete_log(plan, "l2", ops::OnLinked::Unlink)?)).unwrap();
    app.tick();
    press(&mut app, KeyCode::Char('u'));
    let plan = file.plan();
    assert!(plan.training("t1").is_some(), "the training this session deleted is back");
    assert!(plan.log("l2").is_none(), "l2, deleted elsewhere, is not brought back");
    assert_eq!(plan.log("l3").unwrap().training.as_deref(), Some("t1"), "l3 is linked again");
    let Some(Note::Info(note)) = &app.note else { panic!("{:?}", app.note) };
    assert!(note.contains("l2"), "{note}");
}

#[test]
fn undo_of_an_add_keeps_a_record_that_something_now_points_at() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Bimtek SIPD");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "16");
    ctrl(&mut app, 's');
    let id = file.plan().trainings.last().unwrap().id.clone();
    assert_eq!(id, "t11");
    // The shell logs JP against it.
    let mut shell = Store::open(&file.path, today()).unwrap();
    let entry = Log { training: Some(id.clone()), ..Log::new(today(), Jp::whole(16), "") };
    let log_id = shell.apply(|plan| Ok(ops::add_log(plan, entry))).unwrap();
    app.tick();
    press(&mut app, KeyCode::Char('u'));
    let plan = file.plan();
    assert!(plan.training(&id).is_some(), "undo deleted a training that is now logged against");
    assert_eq!(plan.log(&log_id).unwrap().training.as_deref(), Some(id.as_str()), "the entry keeps its link");
    let Some(Note::Info(note)) = &app.note else { panic!("{:?}", app.note) };
    assert!(note.contains(&log_id), "{note}");
    // Undoing an add nothing points at still works.
    assert_ne!(file.text(), SAMPLE);
}
