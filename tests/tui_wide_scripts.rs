//! Titles in scripts whose clusters terminals measure their own way
//! (Devanagari conjuncts, Bengali and Tamil vowel signs, Arabic, Hebrew,
//! CJK, emoji joined with ZWJ or made wide by U+FE0F) keep every pane's
//! border in its column, in a real terminal (tmux) at 120x40 and 80x24.

mod common;

use common::{Tmux, four_panes};

/// Columns the terminal gives a character: tmux measures with the C
/// library's `wcwidth`, so the screen it captures is measured with it too
/// (korpus's own measure would agree with itself whatever tmux did).
#[allow(unsafe_code, reason = "the C library's wcwidth and setlocale: no crate measures as tmux does")]
fn terminal_columns(c: char) -> usize {
    unsafe extern "C" {
        fn wcwidth(c: i32) -> i32;
        fn setlocale(category: i32, locale: *const std::ffi::c_char) -> *mut std::ffi::c_char;
    }
    // LC_CTYPE is 0 in glibc; a UTF-8 locale makes wcwidth know more than ASCII
    static LOCALE: std::sync::Once = std::sync::Once::new();
    LOCALE.call_once(|| unsafe {
        setlocale(0, c"C.UTF-8".as_ptr());
    });
    usize::try_from(unsafe { wcwidth(c as i32) }).unwrap_or(1)
}

/// The columns of the box-drawing characters of a captured row.
fn border_columns(row: &str) -> Vec<usize> {
    let mut column = 0;
    let mut borders = Vec::new();
    for c in row.chars() {
        if ('\u{2500}'..='\u{257f}').contains(&c) && !matches!(c, '─' | '━') {
            borders.push(column);
        }
        column += terminal_columns(c);
    }
    borders
}

const TITLES: [(&str, &str); 9] = [
    ("hi", "प्रधानमंत्री ने राष्ट्रपति से मुलाकात की और क्षेत्रीय सुरक्षा पर चर्चा की"),
    ("bn", "ঢাকায় প্রধানমন্ত্রীর সঙ্গে বৈঠক করলেন রাষ্ট্রপতি এবং আলোচনা হলো"),
    ("ta", "சென்னையில் முதலமைச்சர் தலைமையில் கூட்டம் நடைபெற்றது இன்று காலை"),
    ("ar", "وزير الخارجية يلتقي نظيره في عمّان لبحث الأوضاع الإقليمية والعلاقات"),
    ("he", "ראש הממשלה נפגש עם נשיא המדינה בירושלים לדיון על המצב הביטחוני"),
    ("zh", "国家主席在北京会见法国总统讨论双边贸易与气候合作问题以及其他事项"),
    ("ja", "首相が東京で記者会見を開き、経済対策と防衛費の増額について説明した"),
    ("e1", "👨‍👩‍👧 family day ❤️ in the park 👍🏽 and 🇦🇷 flags at the final whistle"),
    ("e2", "Fans 🎉 celebrate the ⚽ win ☺️ in Buenos Aires with 👩‍🚀 and 1️⃣ cheers"),
];

#[test]
fn every_row_keeps_its_borders_in_the_columns_of_the_frame() {
    let dir = tempfile::tempdir().expect("a temp folder");
    for (name, title) in TITLES {
        let text = format!("{title}\n\n{title}\n\nThe body repeats the title: {title}\n");
        std::fs::write(dir.path().join(format!("{name}.txt")), text).expect("an article is written");
    }
    let Some(tmux) = Tmux::start_with_own_folders("wide-scripts", 120, 40, "") else { return };
    tmux.type_line(&format!("{} --corpus {}; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus"), dir.path().display()));
    for (width, height) in [(120u16, 40u16), (80, 24)] {
        tmux.run(&["resize-window", "-t", "main", "-x", &width.to_string(), "-y", &height.to_string()]);
        // every article in turn: its title in the text pane's border, its text in the pane, its row selected
        for step in 0..TITLES.len() {
            let screen = tmux.wait_for_secs("the panes", 60, |s| {
                four_panes(s) && s.contains(&format!(" {}/{} ", step + 1, TITLES.len()))
            });
            let rows: Vec<&str> = screen.lines().collect();
            // the frame: the columns the top row's corners and joints are in
            let frame = border_columns(rows[0]);
            for row in &rows[..rows.len().saturating_sub(1)] {
                for column in border_columns(row) {
                    assert!(
                        frame.contains(&column) || column + 1 == width as usize,
                        "{width}x{height}, article {}: a border at column {column}, the frame's are {frame:?}:\n{row}\n\n{screen}",
                        step + 1
                    );
                }
            }
            tmux.keys(&["j"]);
        }
        tmux.keys(&["g"]);
    }
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}
