//! `c` in the planner: the catch-up plan of a year at risk as a popup, items toggled, the
//! chosen ones added in one key as one change that one `u` takes back.

mod common;

use common::DataFile;
use common::planner::{app_on_day, press};
use ratatui::crossterm::event::KeyCode;
use tumbuh::model::{Jp, Status};
use tumbuh::tui::app::{Note, Popup};
use tumbuh::tui::pane::Pane;

const AT_RISK: &str = include_str!("fixtures/at_risk.toml");

#[test]
fn c_offers_the_plan_and_enter_adds_every_item_as_one_change() {
    let file = DataFile::with(AT_RISK);
    let mut app = app_on_day(&file, "2026-12-14");
    assert!(app.catch_up_offered());
    press(&mut app, KeyCode::Char('c'));
    let Some(Popup::CatchUp(popup)) = &app.popup else { panic!("c did not open the catch-up plan") };
    assert_eq!(popup.plan.items.len(), 2);
    assert_eq!(popup.chosen, [true, true]);
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    let plan = file.plan();
    let titles: Vec<&str> = plan.trainings.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["E-learning (kejar target)", "Belajar mandiri (kejar target)"]);
    assert!(plan.trainings.iter().all(|t| t.status == Status::Planned && t.why.is_empty()));
    assert_eq!(app.cache.summary.state.key(), "on_plan");
    assert!(!app.catch_up_offered(), "on plan, c is offered no more");
    assert_eq!((app.focus, app.selected_id(Pane::Trainings).as_deref()), (Pane::Trainings, Some("t1")));
    assert_eq!(app.note, Some(Note::Saved("Tersimpan: rencana kejar target (t1, t2) ditambahkan".into())));
    // One u takes both back.
    press(&mut app, KeyCode::Char('u'));
    assert!(file.plan().trainings.is_empty());
    assert_eq!(app.cache.summary.state.key(), "at_risk");
    assert_eq!(app.note, Some(Note::Saved("Dibatalkan: rencana kejar target (t1, t2) ditambahkan".into())));
}

#[test]
fn an_item_left_out_with_space_is_not_added() {
    let file = DataFile::with(AT_RISK);
    let mut app = app_on_day(&file, "2026-12-14");
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    let plan = file.plan();
    assert_eq!(plan.trainings.len(), 1);
    assert_eq!(
        (plan.trainings[0].form.as_deref(), plan.trainings[0].planned_jp),
        (Some("e-learning"), Jp::whole(9))
    );
    // Still 3 JP short: the plan is offered again, now for what is left.
    assert!(app.catch_up_offered());
    press(&mut app, KeyCode::Char('c'));
    let Some(Popup::CatchUp(popup)) = &app.popup else { panic!("no catch-up plan") };
    assert_eq!(popup.plan.need, Jp::whole(3));
}

#[test]
fn on_a_year_that_is_on_plan_c_says_so_and_adds_nothing() {
    let file = DataFile::sample();
    let mut app = app_on_day(&file, common::TODAY);
    assert!(!app.catch_up_offered());
    press(&mut app, KeyCode::Char('c'));
    let Some(Popup::CatchUp(popup)) = &app.popup else { panic!("c did not open the catch-up plan") };
    assert!(popup.plan.items.is_empty());
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.popup, Some(Popup::CatchUp(_))), "nothing to add: the popup stays");
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    assert_eq!(file.text(), common::SAMPLE);
}
