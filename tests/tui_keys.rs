//! Key handling on the screen's state, without a terminal.

mod common;

use common::DataFile;
use common::planner::{app_on, ctrl, press, type_text};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tumbuh::model::Status;
use tumbuh::tui::app::{App, Note, Popup, Purpose};
use tumbuh::tui::keymap::MAIN;
use tumbuh::tui::pane::Pane;
use tumbuh::tui::popup::form::{FieldId, Form};

/// The open form; fails the test when none is open.
fn form(app: &App) -> &Form {
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("no form is open") };
    form
}

/// Tab until the cursor is on `field` (at most once round the form).
fn tab_to(app: &mut App, field: FieldId) {
    for _ in 0..form(app).fields.len() {
        if form(app).focused() == Some(field) {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("the form has no {field:?}");
}

fn selected_title(app: &App) -> String {
    let index = app.selected_index(Pane::Trainings).unwrap();
    app.plan().trainings[index].title.clone()
}

#[test]
fn panes_are_chosen_with_tab_and_numbers() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    assert_eq!(app.focus, Pane::Trainings);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Logs);
    app.handle_key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(app.focus, Pane::Trainings);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.focus, Pane::Reflections);
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(app.focus, Pane::Logs);
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(app.focus, Pane::Trainings);
}

#[test]
fn moving_keeps_the_selection_in_range_and_visible() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.panes[Pane::Trainings].selected, 2);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.panes[Pane::Trainings].selected, 1);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.panes[Pane::Trainings].selected, 9);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.panes[Pane::Trainings].selected, 9);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.panes[Pane::Trainings].selected, 0);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.panes[Pane::Trainings].selected, 9);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.panes[Pane::Trainings].selected, 0);
    // A short window: the offset follows the selection.
    app.resize(80, 12);
    press(&mut app, KeyCode::Char('G'));
    let visible = app.visible_rows(Pane::Trainings);
    let state = &app.panes[Pane::Trainings];
    assert!(state.offset <= state.selected && state.selected < state.offset + visible);
}

#[test]
fn adding_a_training_saves_it_at_once_and_undo_takes_it_back() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.popup, Some(Popup::Form { .. })));
    type_text(&mut app, "Kursus Statistik Terapan");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "7,5");
    ctrl(&mut app, 's');
    assert!(app.popup.is_none());
    assert_eq!(selected_title(&app), "Kursus Statistik Terapan");
    let saved = file.plan();
    let added = saved.trainings.iter().find(|t| t.title == "Kursus Statistik Terapan").unwrap();
    assert_eq!(added.id, "t11");
    assert_eq!(added.planned_jp, tumbuh::model::Jp::from_hundredths(750));
    press(&mut app, KeyCode::Char('u'));
    assert!(file.plan().trainings.iter().all(|t| t.title != "Kursus Statistik Terapan"));
}

#[test]
fn an_invalid_form_is_not_saved_and_keeps_what_was_typed() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "0");
    ctrl(&mut app, 's');
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("the form closed") };
    assert_eq!(form.value(tumbuh::tui::popup::form::FieldId::PlannedJp), "0");
    assert!(form.has_errors());
    assert_eq!(file.text(), common::SAMPLE);
    // What was typed is not thrown away on one key: the first Esc asks, the second leaves.
    press(&mut app, KeyCode::Esc);
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("one Esc discarded the typing") };
    assert!(form.banner.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    assert_eq!(file.text(), common::SAMPLE);
}

#[test]
fn x_logs_the_rest_of_the_plan_marks_done_and_asks_for_the_reflection() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    // t5 (ongoing, 10 JP planned, 2 logged) is the 7th row in start order.
    while selected_title(&app) != "Komunitas Belajar Analis Kebijakan: Bedah Kajian Bulanan" {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('x'));
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("no log form") };
    assert_eq!(form.value(tumbuh::tui::popup::form::FieldId::Jp), "8");
    ctrl(&mut app, 's');
    let plan = file.plan();
    assert_eq!(plan.training("t5").unwrap().status, Status::Done);
    assert_eq!(plan.logs.last().unwrap().training.as_deref(), Some("t5"));
    assert!(matches!(app.popup, Some(Popup::Form { .. })), "the reflection form follows");
    // Cancelling the reflection keeps the log and the training done, without a reflection.
    press(&mut app, KeyCode::Esc);
    let plan = file.plan();
    assert_eq!(plan.logs.len(), 13);
    assert!(plan.reflections.iter().all(|r| r.training.as_deref() != Some("t5")));
    assert!(app.cache.summary.todos.done_without_reflection.contains(&"t5".to_string()));
}

#[test]
fn r_writes_a_reflection_with_the_change_first() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    while selected_title(&app) != "Sosialisasi Penilaian Kinerja dan Bukti Dukung JF Analis Kebijakan" {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('r'));
    type_text(&mut app, "Saya menyiapkan bukti dukung tiap bulan, bukan di akhir tahun.");
    ctrl(&mut app, 's');
    let plan = file.plan();
    let reflection = plan.reflections.last().unwrap();
    assert_eq!((reflection.id.as_str(), reflection.training.as_deref()), ("r6", Some("t4")));
    assert!(reflection.changed.starts_with("Saya menyiapkan"));
    assert_eq!(app.focus, Pane::Reflections);
}

#[test]
fn deleting_asks_and_says_what_it_affects() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.popup, Some(Popup::ConfirmDelete(_))));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.popup.is_none());
    assert_eq!(file.text(), common::SAMPLE);
    // t1 has two log entries and a reflection: keep them unlinked.
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('k'));
    let plan = file.plan();
    assert!(plan.training("t1").is_none());
    assert_eq!(plan.logs.len(), 12);
    assert!(plan.logs.iter().all(|l| l.training.as_deref() != Some("t1")));
    // Undo puts the training and its links back, each where it was in the file.
    press(&mut app, KeyCode::Char('u'));
    let plan = file.plan();
    assert!(plan.training("t1").is_some());
    assert_eq!(plan.logs.iter().filter(|l| l.training.as_deref() == Some("t1")).count(), 2);
    assert_eq!(plan, tumbuh::store::decode(common::SAMPLE).unwrap().plan);
}

#[test]
fn undo_steps_back_repeatedly() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    for title in ["Satu", "Dua"] {
        press(&mut app, KeyCode::Char('a'));
        type_text(&mut app, title);
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "2");
        ctrl(&mut app, 's');
    }
    assert_eq!(file.plan().trainings.len(), 12);
    press(&mut app, KeyCode::Char('u'));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(file.plan().trainings.len(), 10);
    press(&mut app, KeyCode::Char('u'));
    assert!(matches!(app.note, Some(tumbuh::tui::app::Note::Info(_))));
}

#[test]
fn years_filter_summary_help_profile_language_and_quit() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('['));
    assert_eq!((app.year, app.cache.rows.of(Pane::Trainings).len()), (2025, 0));
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(app.year, 2026);

    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "e-learning");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.cache.rows.of(Pane::Trainings).len(), 2);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.cache.rows.of(Pane::Trainings).len(), 10);

    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(app.popup, Some(Popup::Summary { .. })));
    // The first to-do is t4, done without a reflection: Enter selects it and opens its
    // reflection form.
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.popup, Some(Popup::Form { .. })));
    assert_eq!(app.selected_id(Pane::Trainings).as_deref(), Some("t4"));
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.popup, Some(Popup::Help)));
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('p'));
    assert!(matches!(app.popup, Some(Popup::Form { .. })));
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang, tumbuh::i18n::Lang::En);
    assert_eq!(file.plan().profile.language, Some(tumbuh::i18n::Lang::En));

    ctrl(&mut app, 'z');
    assert!(app.suspend);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn every_key_of_the_table_is_safe_in_every_pane_and_on_an_empty_plan() {
    for text in [common::SAMPLE, ""] {
        for pane in [Pane::Trainings, Pane::Logs, Pane::Reflections] {
            let file = DataFile::with(text);
            let mut app = app_on(&file);
            app.focus = pane;
            for binding in MAIN {
                let (code, modifiers) = binding.keys[0];
                app.handle_key(KeyEvent::new(code, modifiers));
                // Whatever opened, Esc closes it and leaves a usable screen.
                press(&mut app, KeyCode::Esc);
                assert!(
                    app.popup.is_none() && app.filtering.is_none(),
                    "{} left something open",
                    binding.label
                );
                app.focus = pane;
                app.quit = false;
                app.suspend = false;
            }
            // Nothing but the language (L) was saved: every dialog was left with Esc.
            let (before, after) = (tumbuh::store::decode(text).unwrap().plan, file.plan());
            assert_eq!(
                (&after.trainings, &after.logs, &after.reflections),
                (&before.trainings, &before.logs, &before.reflections)
            );
        }
    }
}

#[test]
fn a_change_made_by_another_program_appears_without_losing_the_selection() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let before = app.selected_id(Pane::Trainings);
    std::thread::sleep(std::time::Duration::from_millis(20));
    common::tumbuh()
        .arg("--file")
        .arg(&file.path)
        .args(["log", "--jp", "1", "--title", "Webinar dari terminal lain"])
        .assert()
        .success();
    assert!(app.tick());
    assert_eq!(app.cache.rows.of(Pane::Logs).len(), 13);
    assert_eq!(app.selected_id(Pane::Trainings), before);
}

#[test]
fn a_file_that_does_not_read_opens_read_only() {
    let file = DataFile::with(include_str!("fixtures/corrupt.toml"));
    let mut app = app_on(&file);
    assert!(app.read_only_reason().unwrap().contains("baris 5, kolom 13"));
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Kursus");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2");
    ctrl(&mut app, 's');
    assert!(matches!(app.popup, Some(Popup::Form { .. })), "the form stays open with the reason");
    assert_eq!(file.text(), include_str!("fixtures/corrupt.toml"));
}

#[test]
fn the_mouse_focuses_selects_and_scrolls() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let file = DataFile::sample();
    let mut app = app_on(&file);
    let click = |app: &mut App, kind: MouseEventKind, column: u16, row: u16| {
        app.handle_mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE });
    };
    // 80×24: the tab bar is row 4; the second third is the Log tab.
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 30, 4);
    assert_eq!(app.focus, Pane::Logs);
    // The pane starts at row 5: border, heading, then rows from 7.
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 20, 9);
    assert_eq!(app.panes[Pane::Logs].selected, 2);
    click(&mut app, MouseEventKind::ScrollDown, 20, 9);
    assert_eq!(app.panes[Pane::Logs].selected, 5);
    click(&mut app, MouseEventKind::ScrollUp, 20, 9);
    assert_eq!(app.panes[Pane::Logs].selected, 2);
    // Side by side at 160×45, a click in the third pane focuses it.
    app.resize(160, 45);
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 150, 20);
    assert_eq!(app.focus, Pane::Reflections);
}

#[test]
fn the_calculator_fills_a_prefilled_jp_but_never_one_typed_by_hand() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    while !selected_title(&app).starts_with("Lokakarya Perencanaan Inklusif") {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('x'));
    tab_to(&mut app, FieldId::Duration);
    type_text(&mut app, "2 hari");
    ctrl(&mut app, 's');
    // Workshop: 5 JP a day, so 2 days replace the 5 JP suggested from the plan.
    assert_eq!(file.plan().logs.last().unwrap().jp, tumbuh::model::Jp::whole(10));
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "3");
    tab_to(&mut app, FieldId::Title);
    type_text(&mut app, "Diskusi kelompok");
    tab_to(&mut app, FieldId::Duration);
    type_text(&mut app, "90 menit");
    ctrl(&mut app, 's');
    assert_eq!(file.plan().logs.last().unwrap().jp, tumbuh::model::Jp::whole(3), "the typed JP wins");
}

#[test]
fn a_follow_up_due_from_last_year_opens_that_reflection_not_the_selected_one() {
    // r1 is about a 2025 course; its follow-up is due while 2026 is on screen.
    let text = format!(
        "{}\n[[training]]\nid = \"t20\"\nyear = 2025\ntitle = \"Kursus Lama\"\nplanned_jp = 4\nstatus = \"done\"\n\n\
         [[reflection]]\nid = \"r20\"\ntraining = \"t20\"\ndate = 2025-12-01\nchanged = \"Perubahan lama\"\n\
         follow_up = 2026-01-15\napplied = \"unknown\"\n",
        common::SAMPLE.replace("applied = \"unknown\"", "applied = \"yes\"")
    );
    let file = DataFile::with(&text);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('s'));
    let Some(Popup::Summary(summary)) = &app.popup else { panic!("no summary") };
    let todos = summary.todos.clone();
    let position = todos.iter().position(|t| t.id == "r20").expect("r20 is due");
    for _ in 0..position {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.year, 2025, "the screen moved to the reflection's year");
    assert_eq!(app.selected_id(Pane::Reflections).as_deref(), Some("r20"));
    let Some(Popup::Form { form, .. }) = &app.popup else { panic!("no form") };
    assert_eq!(form.value(tumbuh::tui::popup::form::FieldId::Changed), "Perubahan lama");
}

#[test]
fn editing_keeps_what_the_person_did_not_touch_exactly() {
    let text = "[[training]]\nid = \"t1\"\nyear = 2026\ntitle = \"Kursus\\tlama\"\nform = \"pelatihan\"\nplanned_jp = 8\n";
    let file = DataFile::with(text);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "0");
    ctrl(&mut app, 's');
    let plan = file.plan();
    let training = &plan.trainings[0];
    assert_eq!(training.planned_jp, tumbuh::model::Jp::whole(80));
    assert_eq!(training.title, "Kursus\tlama", "an untouched title keeps its tab");
    assert_eq!(training.form.as_deref(), Some("pelatihan"), "an unknown form is kept as written");
}

#[test]
fn a_refused_change_after_an_outside_edit_leaves_a_consistent_screen() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('e'));
    // Meanwhile another terminal removes an earlier training (it has no links).
    common::tumbuh().arg("--file").arg(&file.path).args(["plan", "rm", "t10"]).assert().success();
    ctrl(&mut app, 's');
    // The edited training is gone, so the save is refused; the lists follow the file.
    assert!(matches!(app.popup, Some(Popup::Form { .. })));
    assert_eq!(app.cache.rows.of(Pane::Trainings).len(), 9);
    for pane in [Pane::Trainings, Pane::Logs, Pane::Reflections] {
        assert!(app.selected_id(pane).is_some());
    }
}

#[test]
fn undoing_a_delete_of_everything_linked_restores_the_file_as_it_was() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    // t3 has three log entries and a reflection.
    while selected_title(&app) != "E-learning Manajemen Pemangku Kepentingan dalam Kebijakan Publik" {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    let plan = file.plan();
    assert!(plan.training("t3").is_none());
    assert_eq!((plan.logs.len(), plan.reflections.len()), (9, 4));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(file.plan(), tumbuh::store::decode(common::SAMPLE).unwrap().plan);
}

// ---- Closing a course (issue 9) ----

/// One planned training whose last day (24 June) is before the pinned day (30 June): overdue.
const ONE_OVERDUE: &str = "[profile]\nname = \"Sari\"\n\n[[training]]\nid = \"t1\"\nyear = 2026\n\
    title = \"Pelatihan Penyusunan Kajian Kebijakan\"\nform = \"pelatihan-teknis\"\n\
    start = 2026-06-22\nend = 2026-06-24\nplanned_jp = 16\nstatus = \"planned\"\n";

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

fn field_ids(form: &Form) -> Vec<FieldId> {
    form.fields.iter().map(|f| f.id).collect()
}

fn select_training(app: &mut App, title: &str) {
    press(app, KeyCode::Char('g'));
    while !selected_title(app).starts_with(title) {
        press(app, KeyCode::Down);
    }
}

#[test]
fn the_log_form_starts_with_jp_then_the_certificate_then_the_date() {
    let file = DataFile::with(ONE_OVERDUE);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('x'));
    let ids = field_ids(form(&app));
    assert_eq!(&ids[..4], &[FieldId::Jp, FieldId::Certificate, FieldId::Date, FieldId::Start]);
    for later in [FieldId::International, FieldId::Form, FieldId::Provider, FieldId::InSiasn] {
        assert!(ids.contains(&later), "{later:?} is in the form");
    }
    assert_eq!(form(&app).focused(), Some(FieldId::Jp), "the cursor starts in the first field");
    assert_eq!(form(&app).value(FieldId::Jp), "16", "what remains of the plan");

    // A new entry from the log pane has the same order.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('a'));
    let ids = field_ids(form(&app));
    assert_eq!(&ids[..4], &[FieldId::Jp, FieldId::Certificate, FieldId::Date, FieldId::Start]);
    assert!(ids.contains(&FieldId::Training), "an entry of its own may be linked to a training");
}

#[test]
fn x_dates_the_entry_on_the_last_day_when_it_has_passed_else_today() {
    // Overdue: the last day, with the course's first day, since the whole course goes in.
    let file = DataFile::with(ONE_OVERDUE);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(form(&app).value(FieldId::Date), "24/6/2026");
    assert_eq!(form(&app).value(FieldId::Start), "22/6/2026");

    // Still to come (5–6 August): today, with no first day, and a warning that it has not begun.
    let file = DataFile::sample();
    let mut app = app_on(&file);
    select_training(&mut app, "Bimtek Pengendalian");
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(form(&app).value(FieldId::Date), "30/6/2026");
    assert_eq!(form(&app).value(FieldId::Start), "");

    // Ongoing and partly logged (17 June – 21 October, 2 of 10 JP): today, and no first day,
    // since earlier entries already hold the earlier days.
    press(&mut app, KeyCode::Esc);
    select_training(&mut app, "Komunitas Belajar");
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(form(&app).value(FieldId::Date), "30/6/2026");
    assert_eq!(form(&app).value(FieldId::Start), "");
    assert_eq!(form(&app).value(FieldId::Jp), "8");
}

#[test]
fn closing_a_course_takes_four_keys_besides_the_typed_text() {
    let file = DataFile::with(ONE_OVERDUE);
    let mut app = app_on(&file);
    let mut keys = 0;
    let mut key = |app: &mut App, code: KeyCode, modifiers: KeyModifiers| {
        keys += 1;
        app.handle_key(KeyEvent::new(code, modifiers));
    };
    key(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut app, "1234/LAN/2026");
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(form(&app).focused(), Some(FieldId::Changed), "the reflection opens on the one change");
    type_text(&mut app, "Kajian saya kini dibuka dengan satu rekomendasi.");
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.popup.is_none());
    assert!(keys <= 6, "{keys} keys");

    let plan = file.plan();
    let training = plan.training("t1").unwrap();
    assert_eq!(training.status, Status::Done);
    let log = &plan.logs[0];
    assert_eq!(log.training.as_deref(), Some("t1"));
    assert_eq!((log.jp, log.certificate.as_str()), (tumbuh::model::Jp::whole(16), "1234/LAN/2026"));
    assert_eq!((log.date, log.start), (day("2026-06-24"), Some(day("2026-06-22"))));
    assert!(!log.international);
    assert_eq!(plan.reflections[0].changed, "Kajian saya kini dibuka dengan satu rekomendasi.");
}

#[test]
fn enter_on_the_last_field_saves_the_log_form() {
    let file = DataFile::with(ONE_OVERDUE);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('x'));
    app.handle_key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(form(&app).focused(), form(&app).fields.last().map(|f| f.id));
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).focused(), Some(FieldId::Changed), "saved; the reflection follows");
    assert_eq!(file.plan().training("t1").unwrap().status, Status::Done);
}

#[test]
fn x_on_a_course_done_and_fully_logged_goes_straight_to_its_reflection() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    // t1: done, 4 of 4 JP logged, reflection r2: that reflection, to edit.
    select_training(&mut app, "Coaching Penulisan Policy Brief");
    press(&mut app, KeyCode::Char('x'));
    let Some(Popup::Form { form, purpose }) = &app.popup else { panic!("no form") };
    assert_eq!(
        purpose,
        &Purpose::Reflection { editing: Some("r2".into()), training: Some("t1".into()), log: None }
    );
    assert_eq!(form.value(FieldId::Changed), file.plan().reflection("r2").unwrap().changed);
    press(&mut app, KeyCode::Esc);
    // t4: done and fully logged, without a reflection: a new one.
    select_training(&mut app, "Sosialisasi Penilaian Kinerja");
    press(&mut app, KeyCode::Char('x'));
    let Some(Popup::Form { purpose, .. }) = &app.popup else { panic!("no form") };
    assert_eq!(purpose, &Purpose::Reflection { editing: None, training: Some("t4".into()), log: None });
    press(&mut app, KeyCode::Esc);
    assert_eq!(file.text(), common::SAMPLE);
}

#[test]
fn a_first_day_after_the_date_is_an_error_in_place_and_nothing_is_saved() {
    let file = DataFile::with(ONE_OVERDUE);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('x'));
    tab_to(&mut app, FieldId::Start);
    for _ in 0.."22/6/2026".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-06-25");
    ctrl(&mut app, 's');
    let form = form(&app);
    assert_eq!(form.focused(), Some(FieldId::Start), "the cursor goes to the problem");
    let start = form.field(FieldId::Start).unwrap();
    assert_eq!(start.error.as_deref(), Some(app.lang.t(tumbuh::i18n::Msg::ProblemStartAfterDate)));
    assert_eq!(form.value(FieldId::Start), "2026-06-25", "what was typed stays");
    assert_eq!(file.text(), ONE_OVERDUE);
}

#[test]
fn a_range_and_international_are_saved_and_shown_when_editing() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "6");
    tab_to(&mut app, FieldId::Start);
    type_text(&mut app, "2026-06-29");
    tab_to(&mut app, FieldId::Title);
    type_text(&mut app, "Webinar ASEAN tentang data terbuka");
    tab_to(&mut app, FieldId::International);
    assert_eq!(form(&app).value(FieldId::International), "no");
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert!(app.popup.is_none());
    let plan = file.plan();
    let log = plan.logs.last().unwrap();
    assert_eq!((log.id.as_str(), log.international), ("l13", true));
    assert_eq!((log.date, log.start), (day(common::TODAY), Some(day("2026-06-29"))));

    // Editing shows both as saved, and saving untouched changes nothing.
    assert_eq!(app.selected_id(Pane::Logs).as_deref(), Some("l13"));
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(form(&app).value(FieldId::International), "yes");
    assert_eq!(form(&app).value(FieldId::Start), "29/6/2026");
    let before = file.text();
    ctrl(&mut app, 's');
    assert_eq!(file.text(), before);
}

#[test]
fn logging_before_the_training_starts_warns_in_the_form_and_saves_anyway() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    select_training(&mut app, "Bimtek Pengendalian");
    press(&mut app, KeyCode::Char('x'));
    let warning = form(&app).field(FieldId::Date).unwrap().warning.clone();
    assert!(warning.as_deref().is_some_and(|w| w.contains("5 Agu 2026")), "{warning:?}");
    // A date from the training's start on clears it.
    tab_to(&mut app, FieldId::Date);
    for _ in 0..common::TODAY.len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-08-06");
    assert_eq!(form(&app).field(FieldId::Date).unwrap().warning, None);
    for _ in 0.."2026-08-06".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, common::TODAY);
    assert!(form(&app).field(FieldId::Date).unwrap().warning.is_some());
    ctrl(&mut app, 's');
    let plan = file.plan();
    assert_eq!(plan.training("t7").unwrap().status, Status::Done);
    assert_eq!(plan.logs.last().unwrap().date, day(common::TODAY));
}

#[test]
fn planning_a_training_on_a_day_already_past_says_it_counts_as_overdue() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Kursus Statistik Terapan");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "4");
    tab_to(&mut app, FieldId::Start);
    type_text(&mut app, "2026-06-01");
    ctrl(&mut app, 's');
    let Some(Note::Info(note)) = &app.note else { panic!("no note: {:?}", app.note) };
    assert!(note.contains("t11") && note.contains("lewat tanggal"), "{note}");
    assert!(file.plan().training("t11").is_some(), "saved all the same");

    // Moving a planned training (t10, 9 November) to a past day says so too.
    select_training(&mut app, "E-learning Pemanfaatan Kecerdasan");
    press(&mut app, KeyCode::Char('e'));
    tab_to(&mut app, FieldId::Start);
    for _ in 0.."9/11/2026".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-05-04");
    ctrl(&mut app, 's');
    assert!(matches!(&app.note, Some(Note::Info(note)) if note.contains("t10")), "{:?}", app.note);

    // A day still to come is an ordinary save.
    press(&mut app, KeyCode::Char('e'));
    tab_to(&mut app, FieldId::Start);
    for _ in 0.."2026-05-04".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-11-16");
    ctrl(&mut app, 's');
    assert!(matches!(app.note, Some(Note::Saved(_))), "{:?}", app.note);
}

#[test]
fn the_profile_form_sets_the_contract_start_and_keeps_nip_and_unit() {
    let text = "[profile]\nname = \"Budi\"\nemployee_type = \"pppk\"\nnip = \"199001012020121001\"\n\
        unit = \"Bidang Perencanaan\"\n";
    let file = DataFile::with(text);
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(form(&app).value(FieldId::ContractStart), "");
    tab_to(&mut app, FieldId::ContractStart);
    type_text(&mut app, "1/4/2025");
    ctrl(&mut app, 's');
    assert!(app.popup.is_none());
    let profile = file.plan().profile;
    assert_eq!(profile.contract_start, Some(day("2025-04-01")));
    assert_eq!((profile.nip.as_str(), profile.unit.as_str()), ("199001012020121001", "Bidang Perencanaan"));
    // Shown when the form opens again.
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(form(&app).value(FieldId::ContractStart), "1/4/2025");
}

#[test]
fn i_shows_the_courses_not_yet_in_siasn_copies_a_field_and_marks_one_entered() {
    let file = DataFile::sample();
    let mut app = app_on(&file);
    press(&mut app, KeyCode::Char('i'));
    let courses = |app: &App| -> Vec<String> {
        let Some(Popup::Siasn(siasn)) = &app.popup else { panic!("the SIASN view is not open") };
        siasn.records.iter().map(|r| r.course.clone()).collect()
    };
    assert_eq!(courses(&app), ["t4", "t5", "l10", "l11", "l12"]);

    // The certificate number of t4, onto the clipboard (the event loop sends it).
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.clipboard.as_deref(), Some("0512/Pusbin-JFAK/LAN/V/2026"));
    assert!(matches!(&app.note, Some(Note::Info(text)) if text.contains("OSC 52")), "{:?}", app.note);
    // Dates as SIASN writes them.
    app.clipboard = None;
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.clipboard.as_deref(), Some("20-05-2026"));

    // x: t4 is entered; the view stays open on the next course, and the file says so.
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(courses(&app), ["t5", "l10", "l11", "l12"]);
    assert!(file.plan().log("l8").unwrap().in_siasn);
    assert!(matches!(&app.note, Some(Note::Saved(text)) if text.contains("t4")), "{:?}", app.note);
    assert_eq!(app.cache.summary.siasn, tumbuh::model::Jp::parse("13.5").unwrap(), "the header's SIASN JP");

    // Esc closes it; u takes the mark back.
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    press(&mut app, KeyCode::Char('u'));
    assert!(!file.plan().log("l8").unwrap().in_siasn);
    assert_eq!(
        file.plan().logs,
        tumbuh::store::decode(common::SAMPLE).unwrap().plan.logs,
        "undo puts it back"
    );
}
