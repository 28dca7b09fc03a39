//! The real binary in a pseudo-terminal: plan a training, finish it, reflect, quit; then the file.

mod common;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::DataFile;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use tumbuh::model::{Jp, Status};

/// The binary running in an 80×24 pseudo-terminal: its raw output and the screen it drew (both
/// fed by a reader thread), a keyboard, and the master side for resizing.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    output: Arc<Mutex<Vec<u8>>>,
    screen: Arc<Mutex<vt100::Parser>>,
    keyboard: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

fn start(file: &DataFile, extra_env: &[(&str, &str)]) -> Session {
    let pty =
        native_pty_system().openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tumbuh"));
    cmd.env("TUMBUH_FILE", &file.path);
    cmd.env("TUMBUH_TODAY", common::TODAY);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("TUMBUH_LANG");
    for (name, value) in extra_env {
        cmd.env(name, value);
    }
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let output = Arc::new(Mutex::new(Vec::new()));
    let (rows, cols) = (std::num::NonZeroU16::new(24).unwrap(), std::num::NonZeroU16::new(80).unwrap());
    let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (raw, drawn) = (Arc::clone(&output), Arc::clone(&screen));
    thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            raw.lock().unwrap().extend_from_slice(&buffer[..n]);
            drawn.lock().unwrap().process(&buffer[..n]);
        }
    });
    let keyboard = pty.master.take_writer().unwrap();
    Session { child, output, screen, keyboard, master: pty.master }
}

/// A test that fails half-way must not leave the planner running behind it.
impl Drop for Session {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Session {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen after 10 seconds.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(start.elapsed() < Duration::from_secs(10), "never saw «{text}» on:\n{}", self.contents());
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn type_keys(&mut self, keys: &str) {
        self.keyboard.write_all(keys.as_bytes()).unwrap();
        self.keyboard.flush().unwrap();
        thread::sleep(Duration::from_millis(150));
    }

    fn wait_for_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                thread::sleep(Duration::from_millis(200));
                return status;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "tumbuh did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn plan_finish_reflect_and_quit() {
    let file = DataFile::empty();
    let mut session = start(&file, &[]);
    session.wait_for("Selamat datang di tumbuh");
    session.type_keys("a");
    session.wait_for("Rencana pelatihan baru");
    session.type_keys("Pelatihan Penulisan Naskah Dinas");
    session.type_keys("\t");
    session.type_keys("12");
    session.type_keys("\x13"); // Ctrl-S
    session.wait_for("Tersimpan");
    session.type_keys("x");
    session.wait_for("Selesai: Pelatihan Penulisan Naskah Dinas");
    session.type_keys("\x13");
    session.wait_for("Refleksi: Pelatihan Penulisan Naskah Dinas");
    session.type_keys("Nota dinas saya kini berisi satu pesan utama di paragraf pertama.");
    session.type_keys("\x13");
    session.wait_for("Nota dinas saya kini");
    session.type_keys("q");
    assert!(session.wait_for_exit().success());

    let plan = file.plan();
    assert_eq!(plan.trainings.len(), 1);
    let training = &plan.trainings[0];
    assert_eq!(
        (training.title.as_str(), training.status),
        ("Pelatihan Penulisan Naskah Dinas", Status::Done)
    );
    assert_eq!(plan.logs.len(), 1);
    assert_eq!((plan.logs[0].jp, plan.logs[0].training.as_deref()), (Jp::whole(12), Some("t1")));
    assert_eq!(plan.reflections.len(), 1);
    assert_eq!(plan.reflections[0].training.as_deref(), Some("t1"));
    assert!(plan.reflections[0].changed.starts_with("Nota dinas saya"));
}

/// One planned training whose last day (24 June) is before the pinned day (30 June): overdue.
const ONE_OVERDUE: &str = "[profile]\nname = \"Sari\"\n\n[[training]]\nid = \"t1\"\nyear = 2026\n\
    title = \"Pelatihan Penyusunan Kajian Kebijakan\"\nform = \"pelatihan-teknis\"\n\
    start = 2026-06-22\nend = 2026-06-24\nplanned_jp = 16\nstatus = \"planned\"\n";

/// Closing a course as the design promises: `x`, the certificate number, save, the one change,
/// save; at most 6 keys besides the typed text. Each key is counted as it is sent.
#[test]
fn closing_an_overdue_course_takes_at_most_six_keys() {
    let file = DataFile::with(ONE_OVERDUE);
    let mut session = start(&file, &[]);
    session.wait_for("Pelatihan Penyusunan Kajian Kebijakan");
    let mut keys = 0;
    let mut key = |session: &mut Session, key: &str| {
        keys += 1;
        session.type_keys(key);
    };
    key(&mut session, "x");
    session.wait_for("Selesai: Pelatihan Penyusunan Kajian Kebijakan");
    key(&mut session, "\t");
    session.type_keys("0123/LAN/VI/2026");
    key(&mut session, "\x13"); // Ctrl-S
    session.wait_for("Refleksi: Pelatihan Penyusunan Kajian Kebijakan");
    session.type_keys("Kajian saya kini dibuka dengan satu rekomendasi.");
    key(&mut session, "\x13");
    // The status line says the reflection was added (the text itself was on screen already).
    session.wait_for("ditambahkan");
    assert!(keys <= 6, "closing a course took {keys} keys");
    session.type_keys("q");
    assert!(session.wait_for_exit().success());

    let plan = file.plan();
    let training = &plan.trainings[0];
    assert_eq!(training.status, Status::Done);
    assert_eq!(plan.logs.len(), 1);
    let log = &plan.logs[0];
    assert_eq!(log.training.as_deref(), Some("t1"));
    assert_eq!(log.jp, Jp::whole(16));
    assert_eq!(log.certificate, "0123/LAN/VI/2026");
    assert_eq!(Some(log.date), training.end, "dated on the training's last day");
    assert_eq!(plan.reflections.len(), 1);
    assert_eq!(plan.reflections[0].training.as_deref(), Some("t1"));
    assert_eq!(plan.reflections[0].changed, "Kajian saya kini dibuka dengan satu rekomendasi.");
}

/// What `ratatui::restore` and the mouse guard send on the way out.
const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
const MOUSE_OFF: &str = "\x1b[?1000l";

#[test]
fn a_resize_storm_down_to_one_cell_and_back_leaves_the_terminal_restored() {
    let file = DataFile::sample();
    let mut session = start(&file, &[]);
    session.wait_for("Pelatihan");
    for (rows, cols) in
        [(1, 1), (5, 20), (50, 200), (2, 300), (24, 80), (1, 1), (13, 41), (40, 160), (24, 80)]
    {
        session.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        thread::sleep(Duration::from_millis(60));
    }
    session.keyboard.write_all(b"q").unwrap();
    assert!(session.wait_for_exit().success());
    let output = session.text();
    let tail = &output[output.rfind("\x1b[?1049h").unwrap_or(0)..];
    assert!(tail.contains(LEAVE_ALTERNATE_SCREEN) && tail.contains(MOUSE_OFF), "not restored");
    assert_eq!(file.text(), common::SAMPLE);
}

#[test]
#[cfg_attr(not(debug_assertions), ignore = "TUMBUH_PANIC_AFTER exists in debug builds only")]
fn a_panic_while_drawing_still_restores_the_terminal() {
    let file = DataFile::sample();
    let mut session = start(&file, &[("TUMBUH_PANIC_AFTER", "2")]);
    session.wait_for("Pelatihan");
    session.keyboard.write_all(b"j").unwrap();
    thread::sleep(Duration::from_millis(100));
    session.keyboard.write_all(b"j").unwrap();
    let status = session.wait_for_exit();
    assert!(!status.success());
    let output = session.text();
    let after_panic = &output[output.rfind("\x1b[?1049h").unwrap_or(0)..];
    assert!(after_panic.contains(MOUSE_OFF), "mouse capture left on");
    assert!(after_panic.contains(LEAVE_ALTERNATE_SCREEN), "alternate screen not left");
    assert!(output.contains("TUMBUH_PANIC_AFTER"), "the panic message is shown");
    assert_eq!(file.text(), common::SAMPLE);
}

/// A 1 MB paste into a form (bracketed, as terminals send it) arrives as one event: the field
/// takes what it holds, says the rest was cut, and the planner answers at once, never frozen.
#[test]
fn a_one_megabyte_paste_is_cut_to_the_field_and_never_freezes() {
    let file = DataFile::empty();
    let mut session = start(&file, &[]);
    session.wait_for("Selamat datang di tumbuh");
    session.type_keys("a");
    session.wait_for("Rencana pelatihan baru");
    let mut paste = b"\x1b[200~".to_vec();
    let words = "Pelatihan \u{AD}panjang\u{200B} 日本 👩‍💻 ";
    while paste.len() < 1_000_000 {
        paste.extend_from_slice(words.as_bytes());
    }
    paste.extend_from_slice(b"\x1b[201~");
    let started = Instant::now();
    // The pseudo-terminal holds a few KB: the writer waits for the planner to read.
    let mut keyboard = std::mem::replace(&mut session.keyboard, Box::new(std::io::sink()));
    let writer = thread::spawn(move || {
        keyboard.write_all(&paste).unwrap();
        keyboard.flush().unwrap();
        keyboard
    });
    session.keyboard = writer.join().unwrap();
    session.wait_for("paling banyak 300 karakter");
    session.type_keys("\t4\x13");
    session.wait_for("Tersimpan");
    assert!(started.elapsed() < Duration::from_secs(20), "the paste took {:?}", started.elapsed());
    session.type_keys("q");
    assert!(session.wait_for_exit().success());
    let plan = file.plan();
    let title = &plan.trainings[0].title;
    assert!(title.starts_with("Pelatihan panjang 日本 👩‍💻 Pelatihan"), "{title}");
    assert!(title.chars().count() <= 300, "{} characters", title.chars().count());
    assert!(!title.contains(['\u{AD}', '\u{200B}']), "invisible characters kept: {title:?}");
}
