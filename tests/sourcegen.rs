//! The JavaScript and TypeScript that must agree with the Rust side are
//! generated from it: each is a block between `BEGIN GENERATED <name>` and
//! `END GENERATED <name>` lines in a file that is otherwise written by hand.
//! This test writes every block from the crate's own lists and fails when a
//! file holds anything else, so no value is kept in step by hand:
//!
//! | block | file | from |
//! |---|---|---|
//! | `protocol` | `src/calendar/build.js` | [`Op`], [`DayField`], [`DAY_ATTRIBUTES`], [`BADGE`] |
//! | `fast-path` | `www/instance.js` | [`InputSlot`], [`ResultSlot`], [`Offer::ALL`], [`LeapDay::ALL`], [`WINDOW_INPUT_FIELDS`] |
//! | `load-failed` | `www/mpn-renewal-calendar.js` | [`Lang::load_failed`] |
//! | `languages` | `www/attributes.js` | [`Lang::ALL`] |
//! | `page-words` | `www/page-words.js` | the `page` words of each language |
//! | `portfolio-limits` | `www/offer-query.js` | [`MAX_LABEL`], [`MAX_OFFERS`] |
//! | `names` | `src/wasm/types.d.ts` | the names of [`Offer`], [`LeapDay`], [`Edition`], [`Reason`], [`Phase`], [`ErrorCode`], [`TimelineEvent`] |
//!
//! After changing one of those, run `UPDATE_GENERATED=1 cargo test --test
//! sourcegen` to write the blocks, and commit them.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use mpn_renewal_calendar::calendar::drawing::{DayField, Op, BADGE, BADGE_OFFERS, DAY_ATTRIBUTES};
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::rules::covid::{Edition, Reason};
use mpn_renewal_calendar::rules::portfolio::MAX_OFFERS;
use mpn_renewal_calendar::rules::status::Phase;
use mpn_renewal_calendar::rules::timeline::TimelineEvent;
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::wasm::fast::{InputSlot, ResultSlot};
use mpn_renewal_calendar::wasm::{MAX_LABEL, WINDOW_INPUT_FIELDS};
use mpn_renewal_calendar::{ErrorCode, LeapDay};

/// A JavaScript string literal (JSON's escaping is valid JavaScript).
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            character if (character as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", character as u32))
            }
            character => out.push(character),
        }
    }
    out.push('"');
    out
}

fn protocol() -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "const SEPARATOR = {};\n",
        js_string(&Op::SEPARATOR.to_string())
    ));
    out.push_str(&format!(
        "const NAME_END = {};\n",
        js_string(&Op::NAME_END.to_string())
    ));
    for op in Op::ALL {
        out.push_str(&format!("const {} = {};\n", op.js_name(), op.code() as u32));
    }
    out.push_str("// The fields of a DAY instruction, separated by NAME_END.\n");
    for field in DayField::ALL {
        out.push_str(&format!("const {} = {};\n", field.js_name(), field.index()));
    }
    out.push_str(
        "// A day button's attributes, in their order: [name, field (-1: none), value\n\
         // on a new button, left out when empty].\nconst DAY_ATTRIBUTES = [\n",
    );
    for attribute in DAY_ATTRIBUTES {
        out.push_str(&format!(
            "  [{}, {}, {}, {}],\n",
            js_string(attribute.name),
            attribute.field.map_or(-1, |field| field.index() as i64),
            js_string(attribute.start),
            attribute.optional
        ));
    }
    out.push_str(
        "];\n// A badge's attributes before BADGE_OFFERS, in their order.\nconst BADGE = [\n",
    );
    for (name, value) in BADGE {
        out.push_str(&format!("  [{}, {}],\n", js_string(name), js_string(value)));
    }
    out.push_str(&format!(
        "];\nconst BADGE_OFFERS = {};\n",
        js_string(BADGE_OFFERS)
    ));
    out
}

fn codes<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> String {
    let pairs: Vec<String> = all
        .iter()
        .enumerate()
        .map(|(code, item)| format!("[{}, {code}]", js_string(name(*item))))
        .collect();
    format!("new Map([{}])", pairs.join(", "))
}

fn fast_path() -> String {
    let input: Vec<String> = InputSlot::ALL
        .iter()
        .map(|slot| format!("{}: {}", slot.js_name(), *slot as usize))
        .collect();
    let result: Vec<String> = ResultSlot::ALL
        .iter()
        .map(|slot| format!("{}: {}", slot.js_name(), *slot as usize))
        .collect();
    let fields: Vec<String> = WINDOW_INPUT_FIELDS
        .iter()
        .map(|field| js_string(field))
        .collect();
    format!(
        "const OFFER_CODES = {};\nconst LEAP_DAY_CODES = {};\nconst DEFAULT_LEAP_DAY = {};\n\
         const WINDOW_INPUT_FIELDS = new Set([{}]);\nconst INPUT = {{ {}, length: {} }};\n\
         const RESULT = {{ {}, length: {} }};\n",
        codes(&Offer::ALL, Offer::name),
        codes(&LeapDay::ALL, LeapDay::name),
        js_string(LeapDay::default().name()),
        fields.join(", "),
        input.join(", "),
        InputSlot::LENGTH,
        result.join(", "),
        ResultSlot::ALL.len(),
    )
}

fn load_failed() -> String {
    format!(
        "export const LOAD_FAILED = {{\n  en: {},\n  fr: {},\n}};\n",
        js_string(Lang::En.load_failed()),
        js_string(Lang::Fr.load_failed()),
    )
}

/// A key of an object literal: bare when it is an identifier.
fn js_key(key: &str) -> String {
    let identifier = key
        .chars()
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && key
            .chars()
            .all(|character| character.is_ascii_alphanumeric());
    if identifier {
        key.to_string()
    } else {
        js_string(key)
    }
}

fn page_words() -> String {
    let mut out = String::from("export const PAGE_WORDS = {\n");
    for lang in Lang::ALL {
        out.push_str(&format!("  {}: {{\n", lang.tag()));
        for (key, word) in lang.page_words().entries() {
            out.push_str(&format!("    {}: {},\n", js_key(key), js_string(word)));
        }
        // The page joins its own sentences ("Line 3: …") with the language's colon.
        out.push_str(&format!("    colon: {},\n", js_string(lang.colon())));
        out.push_str("  },\n");
    }
    out.push_str("};\n");
    out
}

/// The limits of a portfolio that the page's list and paste reader keep
/// within before the module checks them.
fn portfolio_limits() -> String {
    format!(
        "/** The longest label, in characters (code points). */\nexport const MAX_LABEL = {MAX_LABEL};\n\
         /** The most offers of one calendar. */\nexport const MAX_OFFERS = {MAX_OFFERS};\n"
    )
}

fn languages() -> String {
    let tags: Vec<String> = Lang::ALL.iter().map(|lang| js_string(lang.tag())).collect();
    format!("const LANGS = [{}];\n", tags.join(", "))
}

fn union<T: Copy>(doc: &str, name: &str, all: &[T], js_name: impl Fn(T) -> &'static str) -> String {
    let names: Vec<String> = all.iter().map(|item| js_string(js_name(*item))).collect();
    format!(
        "/** {doc} */\nexport type {name} = {};\n",
        names.join(" | ")
    )
}

fn names() -> String {
    [
        union(
            "An offer that renews every year. (\"membership\" is answered with NO_RENEWAL_REQUIRED.)",
            "Offer",
            &Offer::ALL,
            Offer::name,
        ),
        union(
            "R1, C3: what a February 29 becomes in a year without one.",
            "LeapDay",
            &LeapDay::ALL,
            LeapDay::name,
        ),
        union(
            "The edition of the article's COVID-19 section to follow.",
            "Edition",
            &Edition::ALL,
            Edition::name,
        ),
        union(
            "C1: why the COVID-19 extension does or does not apply.",
            "CovidReason",
            &Reason::ALL,
            Reason::name,
        ),
        union(
            "Where a day falls in the life of a window.",
            "Phase",
            &Phase::ALL,
            Phase::name,
        ),
        union(
            "Every error thrown by this module is an `Error` with one of these codes.",
            "ErrorCode",
            &ErrorCode::ALL,
            ErrorCode::as_str,
        ),
        union(
            "An event of a window's timeline, as an agenda item names it.",
            "TimelineEventName",
            &TimelineEvent::ALL,
            TimelineEvent::js_name,
        ),
    ]
    .concat()
}

/// `text` with the block `name` holding `content`, or why it cannot be.
fn with_block(text: &str, name: &str, content: &str) -> Result<String, String> {
    let begin = format!("// BEGIN GENERATED {name}\n");
    let end = format!("// END GENERATED {name}\n");
    let start = text.find(&begin).ok_or(format!("no line {begin:?}"))? + begin.len();
    let stop = text[start..].find(&end).ok_or(format!("no line {end:?}"))? + start;
    Ok([&text[..start], content, &text[stop..]].concat())
}

#[test]
fn every_generated_block_is_what_the_rust_side_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GENERATED").is_some();
    let blocks = [
        ("src/calendar/build.js", "protocol", protocol()),
        ("www/instance.js", "fast-path", fast_path()),
        ("www/mpn-renewal-calendar.js", "load-failed", load_failed()),
        ("www/attributes.js", "languages", languages()),
        ("www/page-words.js", "page-words", page_words()),
        ("www/offer-query.js", "portfolio-limits", portfolio_limits()),
        ("src/wasm/types.d.ts", "names", names()),
    ];
    let mut stale = Vec::new();
    for (file, name, content) in blocks {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{file}: {error}"));
        let expected =
            with_block(&text, name, &content).unwrap_or_else(|why| panic!("{file}: {why}"));
        if expected != text {
            if update {
                std::fs::write(&path, expected).unwrap_or_else(|error| panic!("{file}: {error}"));
            } else {
                stale.push(format!("{file} (block {name})"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated blocks differ from the Rust side: {stale:?}; run `UPDATE_GENERATED=1 cargo test --test sourcegen` and commit the result"
    );
}

#[test]
fn a_block_is_found_only_between_its_own_lines() {
    let text = "a\n// BEGIN GENERATED x\nold\n// END GENERATED x\nb\n";
    assert_eq!(
        with_block(text, "x", "new\n").unwrap(),
        "a\n// BEGIN GENERATED x\nnew\n// END GENERATED x\nb\n"
    );
    assert!(with_block(text, "y", "new\n").is_err());
}
