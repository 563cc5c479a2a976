//! Themes: semantic style slots read from TOML, merged over the built-in dark
//! theme (so a partial file works), and reduced to what the terminal can show:
//! truecolor, 256 colours, 16 colours, or none at all under `NO_COLOR`.

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use korpus::entities::EntityKind;

/// The built-in themes, in the order the cycle key visits them.
pub const BUILTIN: [(&str, &str); 3] = [
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    ("high-contrast", include_str!("../../themes/high-contrast.toml")),
];

/// Every place a pane takes a style from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    Text,
    Dim,
    Border,
    BorderFocused,
    Title,
    TitleFocused,
    Selected,
    SelectedUnfocused,
    LangTag,
    Person,
    Place,
    Organisation,
    SearchMatch,
    Hit,
    ScoreBar,
    Status,
    StatusKey,
    /// A message or progress on the status bar.
    StatusMessage,
    Warning,
}

impl Slot {
    pub const ALL: [Slot; 19] = [
        Slot::Text,
        Slot::Dim,
        Slot::Border,
        Slot::BorderFocused,
        Slot::Title,
        Slot::TitleFocused,
        Slot::Selected,
        Slot::SelectedUnfocused,
        Slot::LangTag,
        Slot::Person,
        Slot::Place,
        Slot::Organisation,
        Slot::SearchMatch,
        Slot::Hit,
        Slot::ScoreBar,
        Slot::Status,
        Slot::StatusKey,
        Slot::StatusMessage,
        Slot::Warning,
    ];

    fn name(self) -> &'static str {
        match self {
            Slot::Text => "text",
            Slot::Dim => "dim",
            Slot::Border => "border",
            Slot::BorderFocused => "border_focused",
            Slot::Title => "title",
            Slot::TitleFocused => "title_focused",
            Slot::Selected => "selected",
            Slot::SelectedUnfocused => "selected_unfocused",
            Slot::LangTag => "lang_tag",
            Slot::Person => "person",
            Slot::Place => "place",
            Slot::Organisation => "organisation",
            Slot::SearchMatch => "search_match",
            Slot::Hit => "hit",
            Slot::ScoreBar => "score_bar",
            Slot::Status => "status",
            Slot::StatusKey => "status_key",
            Slot::StatusMessage => "status_message",
            Slot::Warning => "warning",
        }
    }

    /// Without colour, the slots that must stay distinguishable get a modifier of their own.
    fn monochrome(self) -> Style {
        let m = match self {
            Slot::Person => Modifier::BOLD,
            Slot::Place => Modifier::UNDERLINED,
            Slot::Organisation => Modifier::ITALIC | Modifier::UNDERLINED | Modifier::BOLD,
            Slot::Selected => Modifier::REVERSED | Modifier::BOLD,
            Slot::SelectedUnfocused => Modifier::REVERSED,
            Slot::SearchMatch => Modifier::BOLD | Modifier::UNDERLINED,
            Slot::Hit => Modifier::REVERSED,
            Slot::BorderFocused | Slot::TitleFocused | Slot::StatusKey | Slot::StatusMessage => Modifier::BOLD,
            Slot::Status => Modifier::REVERSED,
            Slot::Dim | Slot::Border => Modifier::DIM,
            _ => Modifier::empty(),
        };
        Style::default().add_modifier(m)
    }
}

/// How many colours the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    None,
    Ansi16,
    Ansi256,
    TrueColor,
}

impl ColorDepth {
    /// From the environment: `NO_COLOR` (non-empty) wins, then `COLORTERM`, then `TERM`.
    pub fn detect(get: impl Fn(&str) -> Option<String>) -> ColorDepth {
        if get("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return ColorDepth::None;
        }
        let colorterm = get("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            return ColorDepth::TrueColor;
        }
        let term = get("TERM").unwrap_or_default();
        if term == "dumb" {
            ColorDepth::None
        } else if term.contains("256color") {
            ColorDepth::Ansi256
        } else {
            ColorDepth::Ansi16
        }
    }
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    reversed: bool,
    #[serde(default)]
    dim: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    name: Option<String>,
    /// The terminal background the theme is made for (`dark` or `light`):
    /// what `reset` stands for when contrast is checked.
    background: Option<Background>,
    #[serde(default)]
    slots: BTreeMap<String, StyleSpec>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("theme {origin}: {message}")]
    Invalid { origin: String, message: String },
    #[error("no theme named {0:?} (built-in: dark, light, high-contrast; or give a path to a .toml file)")]
    Unknown(String),
}

/// The terminal background a theme is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Background {
    #[default]
    Dark,
    Light,
}

/// Resolved styles for every slot at the terminal's colour depth.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    /// Read by the contrast tests: what `reset` stands for.
    #[cfg_attr(not(test), allow(dead_code))]
    pub background: Background,
    styles: BTreeMap<Slot, Style>,
}

impl Theme {
    /// A built-in theme by name, or a user theme: `NAME` in the user's themes
    /// directory, or a path. User files merge over the dark theme.
    pub fn load(name_or_path: &str, user_dir: Option<&Path>, depth: ColorDepth) -> Result<Theme, ThemeError> {
        if let Some((_, text)) = BUILTIN.iter().find(|(n, _)| *n == name_or_path) {
            return Theme::from_toml(text, name_or_path, depth);
        }
        let as_path = Path::new(name_or_path);
        let candidate = if as_path.extension().is_some() || name_or_path.contains('/') {
            Some(as_path.to_path_buf())
        } else {
            user_dir.map(|d| d.join(format!("{name_or_path}.toml")))
        };
        match candidate {
            Some(path) if path.exists() => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| ThemeError::Invalid { origin: path.display().to_string(), message: e.to_string() })?;
                Theme::from_toml(&text, &path.display().to_string(), depth)
            }
            _ => Err(ThemeError::Unknown(name_or_path.to_owned())),
        }
    }

    /// Parse a theme file and merge it over the dark theme.
    pub fn from_toml(text: &str, origin: &str, depth: ColorDepth) -> Result<Theme, ThemeError> {
        let invalid = |message: String| ThemeError::Invalid { origin: origin.to_owned(), message };
        let base: ThemeFile = toml::from_str(BUILTIN[0].1).map_err(|e| invalid(e.to_string()))?;
        let user: ThemeFile = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let mut specs = base.slots;
        for (name, spec) in user.slots {
            if !Slot::ALL.iter().any(|s| s.name() == name) {
                return Err(invalid(format!("unknown slot {name:?}")));
            }
            specs.insert(name, spec);
        }
        let mut styles = BTreeMap::new();
        for slot in Slot::ALL {
            let spec = specs.get(slot.name()).cloned().unwrap_or_default();
            let style = if depth == ColorDepth::None {
                slot.monochrome()
            } else {
                let mut style = Style::default();
                if let Some(fg) = &spec.fg {
                    style =
                        style.fg(reduce(parse_color(fg).map_err(|m| invalid(format!("{}: {m}", slot.name())))?, depth));
                }
                if let Some(bg) = &spec.bg {
                    style =
                        style.bg(reduce(parse_color(bg).map_err(|m| invalid(format!("{}: {m}", slot.name())))?, depth));
                }
                let mut m = Modifier::empty();
                m.set(Modifier::BOLD, spec.bold);
                m.set(Modifier::ITALIC, spec.italic);
                m.set(Modifier::UNDERLINED, spec.underline);
                m.set(Modifier::REVERSED, spec.reversed);
                m.set(Modifier::DIM, spec.dim);
                style.add_modifier(m)
            };
            styles.insert(slot, style);
        }
        let background = user.background.unwrap_or_default();
        Ok(Theme { name: user.name.unwrap_or_else(|| origin.to_owned()), background, styles })
    }

    pub fn style(&self, slot: Slot) -> Style {
        self.styles.get(&slot).copied().unwrap_or_default()
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        self.style(match kind {
            EntityKind::Person => Slot::Person,
            EntityKind::Location => Slot::Place,
            EntityKind::Organization => Slot::Organisation,
        })
    }

    pub fn border(&self, focused: bool) -> Style {
        self.style(if focused { Slot::BorderFocused } else { Slot::Border })
    }

    pub fn title(&self, focused: bool) -> Style {
        self.style(if focused { Slot::TitleFocused } else { Slot::Title })
    }

    pub fn selected(&self, focused: bool) -> Style {
        self.style(if focused { Slot::Selected } else { Slot::SelectedUnfocused })
    }
}

fn parse_color(s: &str) -> Result<Color, String> {
    Color::from_str(s).map_err(|_| format!("{s:?} is not a colour (names like light-cyan, #rrggbb, or 0-255)"))
}

/// Reduce a colour to the terminal's depth. Named ANSI colours pass through.
fn reduce(color: Color, depth: ColorDepth) -> Color {
    match (color, depth) {
        (Color::Rgb(r, g, b), ColorDepth::Ansi256) => Color::Indexed(rgb_to_256(r, g, b)),
        (Color::Rgb(r, g, b), ColorDepth::Ansi16) => rgb_to_16(r, g, b),
        (Color::Indexed(i), ColorDepth::Ansi16) => {
            let (r, g, b) = index_to_rgb(i);
            rgb_to_16(r, g, b)
        }
        (c, _) => c,
    }
}

/// The xterm 6x6x6 cube and grey ramp: pick the nearest entry.
fn rgb_to_256(r: u8, g: u8, b: u8) -> u8 {
    const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let nearest_step = |v: u8| {
        STEPS.iter().enumerate().min_by_key(|(_, s)| (**s as i32 - v as i32).abs()).map(|(i, _)| i as u8).unwrap_or(0)
    };
    let (ri, gi, bi) = (nearest_step(r), nearest_step(g), nearest_step(b));
    let cube = 16 + 36 * ri + 6 * gi + bi;
    let grey_level = ((r as u32 + g as u32 + b as u32) / 3) as u8;
    let grey_index = if grey_level < 8 { 0 } else { ((grey_level as u32 - 8) / 10).min(23) as u8 };
    let grey = 232 + grey_index;
    let dist = |i: u8| {
        let (cr, cg, cb) = index_to_rgb(i);
        (cr as i32 - r as i32).pow(2) + (cg as i32 - g as i32).pow(2) + (cb as i32 - b as i32).pow(2)
    };
    if dist(grey) < dist(cube) { grey } else { cube }
}

fn index_to_rgb(i: u8) -> (u8, u8, u8) {
    const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => ANSI16[i as usize].1,
        16..=231 => {
            let n = i - 16;
            (STEPS[(n / 36) as usize], STEPS[((n / 6) % 6) as usize], STEPS[(n % 6) as usize])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

const ANSI16: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

fn rgb_to_16(r: u8, g: u8, b: u8) -> Color {
    ANSI16
        .iter()
        .min_by_key(|(_, (cr, cg, cb))| {
            (*cr as i32 - r as i32).pow(2) + (*cg as i32 - g as i32).pow(2) + (*cb as i32 - b as i32).pow(2)
        })
        .map(|(c, _)| *c)
        .unwrap_or(Color::Reset)
}

#[cfg(test)]
/// A colour as the reference palette (xterm's) shows it; `reset` is the
/// terminal's default foreground or background for the theme's background.
pub fn reference_rgb(color: Color, background: Background, is_foreground: bool) -> (u8, u8, u8) {
    let dark_default = if is_foreground { (229, 229, 229) } else { (0, 0, 0) };
    let light_default = if is_foreground { (0, 0, 0) } else { (255, 255, 255) };
    match color {
        Color::Reset => match background {
            Background::Dark => dark_default,
            Background::Light => light_default,
        },
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) => index_to_rgb(i),
        named => ANSI16.iter().find(|(c, _)| *c == named).map(|(_, rgb)| *rgb).unwrap_or(dark_default),
    }
}

#[cfg(test)]
/// WCAG 2 contrast ratio of two colours, from 1 (none) to 21.
pub fn contrast_ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn colour_depth_follows_the_environment() {
        assert_eq!(ColorDepth::detect(env(&[("COLORTERM", "truecolor"), ("TERM", "xterm")])), ColorDepth::TrueColor);
        assert_eq!(ColorDepth::detect(env(&[("TERM", "screen-256color")])), ColorDepth::Ansi256);
        assert_eq!(ColorDepth::detect(env(&[("TERM", "xterm")])), ColorDepth::Ansi16);
        assert_eq!(ColorDepth::detect(env(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")])), ColorDepth::None);
        // NO_COLOR applies only when non-empty (no-color.org)
        assert_eq!(ColorDepth::detect(env(&[("TERM", "xterm-256color"), ("NO_COLOR", "")])), ColorDepth::Ansi256);
    }

    #[test]
    fn every_builtin_theme_loads_at_every_depth() {
        for (name, _) in BUILTIN {
            for depth in [ColorDepth::None, ColorDepth::Ansi16, ColorDepth::Ansi256, ColorDepth::TrueColor] {
                Theme::load(name, None, depth).unwrap();
            }
        }
    }

    #[test]
    fn rgb_is_reduced_for_poorer_terminals() {
        let t256 = Theme::load("light", None, ColorDepth::Ansi256).unwrap();
        assert!(matches!(t256.style(Slot::Selected).bg, Some(Color::Indexed(_))));
        let t16 = Theme::load("light", None, ColorDepth::Ansi16).unwrap();
        let bg = t16.style(Slot::Selected).bg.unwrap();
        assert!(!matches!(bg, Color::Rgb(..) | Color::Indexed(_)));
        let tc = Theme::load("light", None, ColorDepth::TrueColor).unwrap();
        assert_eq!(tc.style(Slot::Selected).bg, Some(Color::Rgb(0, 0x5f, 0x87)));
    }

    #[test]
    fn no_color_keeps_entity_types_distinguishable_without_colour() {
        let t = Theme::load("dark", None, ColorDepth::None).unwrap();
        let styles: Vec<Style> = EntityKind::ALL.iter().map(|&k| t.entity(k)).collect();
        for s in &styles {
            assert!(s.fg.is_none() && s.bg.is_none());
            assert!(!s.add_modifier.is_empty());
        }
        assert_ne!(styles[0], styles[1]);
        assert_ne!(styles[1], styles[2]);
        assert_ne!(styles[0], styles[2]);
    }

    #[test]
    fn partial_user_theme_merges_over_defaults() {
        let t = Theme::from_toml("[slots]\nperson = { fg = \"red\" }\n", "user", ColorDepth::Ansi16).unwrap();
        assert_eq!(t.style(Slot::Person).fg, Some(Color::Red));
        assert_eq!(t.style(Slot::Place).fg, Some(Color::LightGreen));
    }

    #[test]
    fn malformed_theme_is_an_error() {
        assert!(Theme::from_toml("[slots\n", "bad", ColorDepth::Ansi16).is_err());
        assert!(Theme::from_toml("[slots]\nperson = { fg = \"blurple\" }\n", "bad", ColorDepth::Ansi16).is_err());
        assert!(Theme::from_toml("[slots]\nnonsense = { fg = \"red\" }\n", "bad", ColorDepth::Ansi16).is_err());
        assert!(matches!(Theme::load("no-such-theme", None, ColorDepth::Ansi16), Err(ThemeError::Unknown(_))));
    }

    #[test]
    fn contrast_ratio_matches_wcag_figures() {
        assert!((contrast_ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio((119, 119, 119), (255, 255, 255)) - 4.48).abs() < 0.01);
        assert_eq!(contrast_ratio((10, 20, 30), (10, 20, 30)), 1.0);
    }

    /// Every slot's colours as the theme file writes them: its foreground on
    /// its own background, or on the text's background when it has none.
    #[test]
    fn every_theme_slot_reads_at_wcag_aa_contrast() {
        let mut failures = Vec::new();
        for (name, _) in BUILTIN {
            let theme = Theme::load(name, None, ColorDepth::TrueColor).unwrap();
            let text = theme.style(Slot::Text);
            for slot in Slot::ALL {
                let style = theme.style(slot);
                let fg = style.fg.or(text.fg).unwrap_or(Color::Reset);
                let bg = style.bg.or(text.bg).unwrap_or(Color::Reset);
                let (fg, bg) = if style.add_modifier.contains(Modifier::REVERSED) { (bg, fg) } else { (fg, bg) };
                let ratio = contrast_ratio(
                    reference_rgb(fg, theme.background, true),
                    reference_rgb(bg, theme.background, false),
                );
                if ratio < 4.5 {
                    failures.push(format!("{name}: {} {fg:?} on {bg:?} is {ratio:.2}:1", slot.name()));
                }
            }
        }
        assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
    }
}
