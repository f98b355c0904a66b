#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Native tests of the iCalendar export (RFC 5545). The expected dates are
//! typed by hand from the worked examples of `docs/rules.md#examples`, not
//! computed by the code under test.

use std::collections::HashSet;

use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{portfolio_icalendar, to_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest};
use mpn_renewal_calendar::rules::timeline::TimelineEvent;
use mpn_renewal_calendar::rules::window::{
    compute_window, project_renewals, window_for_anniversary, RenewalWindow, Start, WindowRequest,
};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn purchase(offer: Offer, date: &str) -> RenewalWindow {
    compute_window(WindowRequest {
        offer,
        start: Start::Purchase(d(date)),
        leap_day: LeapDay::Feb28,
    })
    .unwrap()
}

/// docs/rules.md#example-1: Action Pack bought 2018-09-01.
fn example_1() -> RenewalWindow {
    purchase(Offer::ActionPack, "2018-09-01")
}

/// docs/rules.md#example-3: competency bought 2019-03-10, moved to Partner Center,
/// COVID-19 extension applied.
fn example_3() -> RenewalWindow {
    let window = purchase(Offer::Competency, "2019-03-10");
    let request = CovidRequest {
        moved_to_partner_center: true,
        ..CovidRequest::default()
    };
    apply_covid_extension(&window, request).unwrap()
}

fn stamp() -> Stamp {
    Stamp::parse("2019-08-01T08:30:00Z").unwrap()
}

/// Every output the tests look at.
fn samples() -> Vec<String> {
    let mut outputs = Vec::new();
    for window in [
        example_1(),
        example_3(),
        purchase(Offer::Competency, "2019-03-10"),
    ] {
        for lang in Lang::ALL {
            outputs.push(to_icalendar(&window, lang, stamp()));
        }
    }
    outputs
}

/// RFC 5545 3.1: a CRLF followed by one space is removed.
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn logical_lines(ics: &str) -> Vec<String> {
    let unfolded = unfold(ics);
    let body = unfolded.strip_suffix("\r\n").expect("ends with CRLF");
    body.split("\r\n").map(str::to_owned).collect()
}

/// The logical lines of each VEVENT, BEGIN and END excluded.
fn events(ics: &str) -> Vec<Vec<String>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in logical_lines(ics) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.push(current.take().expect("BEGIN:VEVENT first")),
            _ => {
                if let Some(lines) = current.as_mut() {
                    lines.push(line);
                }
            }
        }
    }
    assert!(current.is_none(), "unterminated VEVENT");
    events
}

/// The value of the first line of `event` that starts with `prefix` (name and
/// parameters up to and including the colon), outside any VALARM.
fn value<'a>(event: &'a [String], prefix: &str) -> Option<&'a str> {
    event
        .iter()
        .take_while(|line| *line != "BEGIN:VALARM")
        .find_map(|line| line.strip_prefix(prefix))
}

/// The lines of the event's VALARM, if any.
fn alarm(event: &[String]) -> Option<Vec<&str>> {
    let start = event.iter().position(|line| line == "BEGIN:VALARM")?;
    let end = event.iter().position(|line| line == "END:VALARM")?;
    Some(event[start + 1..end].iter().map(String::as_str).collect())
}

/// RFC 5545 3.3.11, read back.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut characters = text.chars();
    while let Some(character) = characters.next() {
        if character == '\\' {
            match characters.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {text:?}"),
            }
        } else {
            out.push(character);
        }
    }
    out
}

/// Whether every `,` and `;` of a TEXT value is escaped and no backslash is
/// left alone.
fn properly_escaped(text: &str) -> bool {
    let mut characters = text.chars();
    while let Some(character) = characters.next() {
        let ok = match character {
            '\\' => matches!(characters.next(), Some('\\' | ';' | ',' | 'n' | 'N')),
            ',' | ';' | '\n' | '\r' => false,
            _ => true,
        };
        if !ok {
            return false;
        }
    }
    true
}

#[test]
fn example_1_dates_typed_by_hand() {
    let ics = to_icalendar(&example_1(), Lang::En, stamp());
    let expected = [
        ("first-reminder", "20190817", "20190818"),
        ("anniversary", "20190901", "20190902"),
        ("window-opens", "20190902", "20190903"),
        ("second-reminder", "20190924", "20190925"),
        ("last-day", "20191001", "20191002"),
        ("loss", "20191002", "20191003"),
    ];
    let events = events(&ics);
    assert_eq!(events.len(), expected.len());
    for (event, (name, start, end)) in events.iter().zip(expected) {
        let uid = format!("{name}-{start}-20190901-actionPack@mpn-renewal-calendar");
        assert_eq!(value(event, "UID:"), Some(uid.as_str()));
        assert_eq!(value(event, "DTSTART;VALUE=DATE:"), Some(start));
        assert_eq!(value(event, "DTEND;VALUE=DATE:"), Some(end));
    }
    assert!(!ics.contains("reactivation-deadline"));
}

#[test]
fn example_1_english_summaries_and_rules() {
    let ics = to_icalendar(&example_1(), Lang::En, stamp());
    let expected = [
        (
            "Microsoft Action Pack: first reminder from Microsoft\\, 15 days before the anniversary",
            "R5",
        ),
        ("Microsoft Action Pack: anniversary", "R1"),
        ("Microsoft Action Pack: the renewal window opens", "R2"),
        (
            "Microsoft Action Pack: second reminder from Microsoft\\, 23 days after the anniversary",
            "R5",
        ),
        (
            "Microsoft Action Pack: last day to renew\\; benefits continue through this day",
            "R3",
        ),
        (
            "Microsoft Action Pack: benefits and competencies are lost if not renewed",
            "R4",
        ),
    ];
    let events = events(&ics);
    assert_eq!(events.len(), expected.len());
    for (event, (summary, rule)) in events.iter().zip(expected) {
        assert_eq!(value(event, "SUMMARY:"), Some(summary));
        let description =
            format!("Source: the Partner Center article on renewing MPN offers\\, rule {rule}.");
        assert_eq!(value(event, "DESCRIPTION:"), Some(description.as_str()));
        assert_eq!(value(event, "TRANSP:"), Some("TRANSPARENT"));
    }
}

#[test]
fn example_3_covid_adds_the_reactivation_deadline() {
    let ics = to_icalendar(&example_3(), Lang::En, stamp());
    let expected = [
        ("first-reminder", "20200224", "20200225", "rules R5\\, C5."),
        ("anniversary", "20200310", "20200311", "rule R1."),
        ("window-opens", "20200311", "20200312", "rules R2\\, C2."),
        ("second-reminder", "20200402", "20200403", "rules R5\\, C5."),
        ("last-day", "20200409", "20200410", "rules R3\\, C2."),
        ("loss", "20200410", "20200411", "rule R4."),
        ("reactivation-deadline", "20200630", "20200701", "rule C4."),
    ];
    let events = events(&ics);
    assert_eq!(events.len(), expected.len());
    for (event, (name, start, end, rules)) in events.iter().zip(expected) {
        let uid = format!("{name}-{start}-20200310-competency@mpn-renewal-calendar");
        assert_eq!(value(event, "UID:"), Some(uid.as_str()));
        assert_eq!(value(event, "DTSTART;VALUE=DATE:"), Some(start));
        assert_eq!(value(event, "DTEND;VALUE=DATE:"), Some(end));
        assert!(value(event, "DESCRIPTION:").unwrap().ends_with(rules));
    }
    assert_eq!(
        value(&events[6], "SUMMARY:"),
        Some("Competency: last day to reactivate the competency by paying the fee (COVID-19 extension)")
    );
}

#[test]
fn no_reactivation_deadline_without_the_extension() {
    // The same competency, extension not applied, or not eligible (C1).
    let plain = purchase(Offer::Competency, "2019-03-10");
    let not_moved = apply_covid_extension(&plain, CovidRequest::default()).unwrap();
    for window in [plain, not_moved] {
        let ics = to_icalendar(&window, Lang::En, stamp());
        assert_eq!(events(&ics).len(), 6);
        assert!(!ics.contains("reactivation-deadline"));
        assert!(!ics.contains("C4") && !ics.contains("C5") && !ics.contains("C2"));
    }
}

#[test]
fn calendar_properties_in_both_languages() {
    for lang in Lang::ALL {
        let prodid = match lang {
            Lang::En => "PRODID:-//MPN renewal calendar//mpn-renewal-calendar//EN",
            Lang::Fr => "PRODID:-//MPN renewal calendar//mpn-renewal-calendar//FR",
        };
        let ics = to_icalendar(&example_1(), lang, stamp());
        let lines = logical_lines(&ics);
        assert_eq!(
            lines[..5],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                prodid,
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH"
            ]
        );
        assert_eq!(lines[5], "BEGIN:VEVENT");
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert_eq!(ics.matches("BEGIN:VCALENDAR").count(), 1);
        assert_eq!(ics.matches("END:VCALENDAR").count(), 1);
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            ics.matches("END:VEVENT").count()
        );
    }
}

#[test]
fn crlf_line_endings_everywhere() {
    for ics in samples() {
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let bytes = ics.as_bytes();
        for (index, byte) in bytes.iter().enumerate() {
            match byte {
                b'\n' => assert_eq!(bytes[index - 1], b'\r', "bare LF at {index}"),
                b'\r' => assert_eq!(bytes.get(index + 1), Some(&b'\n'), "bare CR at {index}"),
                _ => {}
            }
        }
        assert!(!ics.contains("\r\n\r\n"), "no empty line");
    }
}

#[test]
fn dtstamp_on_every_event() {
    let with_millis = Stamp::parse("2019-08-01T08:30:00.999Z").unwrap();
    let ics = to_icalendar(&example_1(), Lang::En, with_millis);
    for event in events(&ics) {
        assert_eq!(value(&event, "DTSTAMP:"), Some("20190801T083000Z"));
    }
    let midnight = Stamp::at_midnight(d("2019-09-01"));
    let ics = to_icalendar(&example_3(), Lang::Fr, midnight);
    let events = events(&ics);
    assert_eq!(events.len(), 7);
    for event in events {
        assert_eq!(value(&event, "DTSTAMP:"), Some("20190901T000000Z"));
    }
}

#[test]
fn french_text_is_translated_and_escaped() {
    let ics = to_icalendar(&example_1(), Lang::Fr, stamp());
    let events = events(&ics);
    let summaries: Vec<&str> = events
        .iter()
        .map(|event| value(event, "SUMMARY:").unwrap())
        .collect();
    assert_eq!(
        summaries,
        [
            "Microsoft Action Pack\u{202F}: premier rappel de Microsoft\\, 15 jours avant la date anniversaire",
            "Microsoft Action Pack\u{202F}: date anniversaire",
            "Microsoft Action Pack\u{202F}: ouverture de la fenêtre de renouvellement",
            "Microsoft Action Pack\u{202F}: second rappel de Microsoft\\, 23 jours après la date anniversaire",
            "Microsoft Action Pack\u{202F}: dernier jour pour renouveler\u{202F}\\; vos avantages persistent jusqu’à ce jour inclus",
            "Microsoft Action Pack\u{202F}: perte des avantages et compétences faute de renouvellement",
        ]
    );
    assert_eq!(
        value(&events[0], "DESCRIPTION:"),
        Some("Source\u{202F}: l’article de l’Espace partenaires sur le renouvellement des offres MPN\\, règle R5.")
    );
    // The competency's name is translated too, and the extension cited (C4).
    let ics = to_icalendar(&example_3(), Lang::Fr, stamp());
    let last = events_last(&ics);
    assert_eq!(
        value(&last, "SUMMARY:"),
        Some("Compétence\u{202F}: dernier jour pour réactiver la compétence en payant les frais (extension COVID-19)")
    );
    assert!(value(&last, "DESCRIPTION:").unwrap().ends_with("règle C4."));
}

fn events_last(ics: &str) -> Vec<String> {
    events(ics).pop().unwrap()
}

#[test]
fn text_values_escape_commas_and_semicolons_not_apostrophes() {
    let timeline = TimelineEvent::ALL;
    for lang in Lang::ALL {
        let ics = to_icalendar(&example_3(), lang, stamp());
        let separator = lang.colon();
        for (event, kind) in events(&ics).iter().zip(timeline) {
            let summary = value(event, "SUMMARY:").unwrap();
            let description = value(event, "DESCRIPTION:").unwrap();
            for text in [summary, description] {
                assert!(properly_escaped(text), "{text:?}");
                assert!(!text.contains("\\’") && !text.contains("\\'"));
            }
            let original = [lang.offer(Offer::Competency), separator, lang.event(kind)].concat();
            assert_eq!(unescape(summary), original);
        }
        if lang == Lang::Fr {
            let unfolded = unfold(&ics);
            assert!(
                unfolded.contains("renouveler\u{202F}\\; vos avantages persistent jusqu’à ce jour")
            );
            assert!(unfolded.contains("l’article de l’Espace partenaires"));
            assert!(unfolded.contains("offres MPN\\, règles R5\\, C5."));
        }
    }
}

#[test]
fn long_lines_are_folded_at_75_octets() {
    let mut folds = 0;
    for ics in samples() {
        let physical: Vec<&str> = ics.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        for (index, line) in physical.iter().enumerate() {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            // Folding is greedy: a line is broken only where the next
            // character would not fit.
            if let Some(continuation) = physical.get(index + 1).and_then(|l| l.strip_prefix(' ')) {
                folds += 1;
                let next = continuation.chars().next().unwrap();
                let atom = if next == '\\' { 2 } else { next.len_utf8() };
                assert!(line.len() + atom > 75, "folded early: {line:?}");
            }
        }
        // Unfolding gives back lines that are each a whole property.
        for line in logical_lines(&ics) {
            assert!(!line.starts_with(' '), "{line:?}");
            assert!(line.contains(':'), "{line:?}");
        }
    }
    assert!(
        folds > 20,
        "the French and English summaries do need folding"
    );
    // A line typed by hand, whole after unfolding, folded in the output.
    let ics = to_icalendar(&example_1(), Lang::Fr, stamp());
    const LINE: &str = "SUMMARY:Microsoft Action Pack\u{202F}: dernier jour pour renouveler\u{202F}\\; vos avantages persistent jusqu’à ce jour inclus";
    // Longer than 75 octets as typed, so it must be folded: a fact about the
    // text above, checked when compiling (at run time it could not fail).
    const _: () = assert!(LINE.len() > 75);
    assert!(logical_lines(&ics).iter().any(|l| l == LINE));
    assert!(!ics.contains(LINE));
    // Short lines are not folded.
    assert!(ics.contains("\r\nSUMMARY:Microsoft Action Pack\u{202F}: date anniversaire\r\n"));
}

/// RFC 5545 3.1, written again here: a content line is cut before the
/// piece (a character, or an escape with its backslash) that would take it
/// past 75 octets, and each continuation starts with one space.
fn fold(logical: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    let mut characters = logical.chars();
    while let Some(character) = characters.next() {
        let mut piece = character.to_string();
        if character == '\\' {
            piece.extend(characters.next());
        }
        if width + piece.len() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(&piece);
        width += piece.len();
    }
    out.push_str("\r\n");
    out
}

#[test]
fn folding_counts_octets_and_never_splits_a_character() {
    let mut multibyte_folds = 0;
    for ics in samples() {
        for line in ics.split("\r\n") {
            // Lines of multi-byte text are cut by octets, not characters.
            if line.len() == 75 && line.chars().count() < 75 {
                multibyte_folds += 1;
            }
        }
        // The whole text is its logical lines folded as the RFC says, by a
        // folder written independently above: no line cut early or late, and
        // none between a character's octets or inside an escape. (A Rust
        // `String` is always valid UTF-8, so checking that it decodes could
        // not fail; this can.)
        let refolded: String = logical_lines(&ics).iter().map(|line| fold(line)).collect();
        assert_eq!(ics, refolded);
    }
    assert!(multibyte_folds > 0);
    // A French line whose fold falls among multi-byte characters.
    let ics = to_icalendar(&example_1(), Lang::Fr, stamp());
    let description = "DESCRIPTION:Source\u{202F}: l’article de l’Espace partenaires sur le renouvellement des offres MPN\\, règle R1.";
    assert!(logical_lines(&ics).iter().any(|l| l == description));
    let first_piece = ics
        .split("\r\n")
        .find(|line| line.starts_with("DESCRIPTION:Source\u{202F}: l’article"))
        .unwrap();
    assert_eq!(first_piece.len(), 75);
    // Two ’ and the narrow no-break space take three octets each.
    assert_eq!(first_piece.chars().count(), 69);
}

#[test]
fn uids_are_unique_and_deterministic() {
    // The Action Pack chain starts with example 1.
    let mut windows = vec![example_3()];
    for offer in Offer::ALL {
        let request = WindowRequest {
            offer,
            start: Start::Purchase(d("2018-09-01")),
            leap_day: LeapDay::Feb28,
        };
        windows.extend(project_renewals(request, 5).unwrap());
    }
    let mut seen = HashSet::new();
    let mut count = 0;
    for window in &windows {
        let english = to_icalendar(window, Lang::En, stamp());
        let french = to_icalendar(window, Lang::Fr, Stamp::at_midnight(d("2000-01-01")));
        assert_eq!(english, to_icalendar(window, Lang::En, stamp()));
        let uids = |ics: &str| -> Vec<String> {
            events(ics)
                .iter()
                .map(|event| value(event, "UID:").unwrap().to_owned())
                .collect()
        };
        // The language and the stamp do not change the UIDs.
        assert_eq!(uids(&english), uids(&french));
        for uid in uids(&english) {
            assert!(uid.ends_with("@mpn-renewal-calendar"), "{uid}");
            count += 1;
            assert!(seen.insert(uid.clone()), "duplicate {uid}");
        }
    }
    assert_eq!(count, 7 + 5 * 6 * 2);
    // The same dates for the two offers are two different events.
    let action_pack = to_icalendar(&example_1(), Lang::En, stamp());
    assert!(action_pack
        .contains("UID:anniversary-20190901-20190901-actionPack@mpn-renewal-calendar\r\n"));
}

#[test]
fn alarms_on_the_reminders_and_the_last_day() {
    let ics = to_icalendar(&example_3(), Lang::En, stamp());
    let expected_triggers = [
        Some("-PT0M"),
        None,
        None,
        Some("-PT0M"),
        Some("-P1D"),
        None,
        None,
    ];
    let events = events(&ics);
    assert_eq!(events.len(), expected_triggers.len());
    for (event, trigger) in events.iter().zip(expected_triggers) {
        match (alarm(event), trigger) {
            (None, None) => {}
            (Some(lines), Some(trigger)) => {
                let summary = value(event, "SUMMARY:").unwrap();
                assert_eq!(
                    lines,
                    [
                        "ACTION:DISPLAY".to_owned(),
                        format!("TRIGGER:{trigger}"),
                        format!("DESCRIPTION:{summary}"),
                    ]
                );
            }
            (found, _) => panic!("unexpected alarm {found:?} for {event:?}"),
        }
    }
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 3);
    assert_eq!(ics.matches("END:VALARM").count(), 3);
}

#[test]
fn dtend_is_omitted_on_the_last_supported_day() {
    let mut window = window_for_anniversary(Offer::ActionPack, None, d("9998-12-01")).unwrap();
    window.loss_date = Date::MAX;
    let ics = to_icalendar(&window, Lang::En, stamp());
    let events = events(&ics);
    let loss = events.last().unwrap();
    assert_eq!(value(loss, "DTSTART;VALUE=DATE:"), Some("99991231"));
    assert_eq!(value(loss, "DTEND;VALUE=DATE:"), None);
    assert!(!loss.iter().any(|line| line.starts_with("DTEND")));
    assert_eq!(
        value(&events[0], "DTEND;VALUE=DATE:"),
        Some("99981117"),
        "the first reminder, 9998-11-16, still ends the next day"
    );
}

/// The DTSTAMP a stamp gives, as iCalendar writes it.
fn dtstamp(stamp: Stamp) -> String {
    let ics = to_icalendar(&example_1(), Lang::En, stamp);
    value(&events(&ics)[0], "DTSTAMP:").unwrap().to_owned()
}

#[test]
fn stamp_parses_utc_date_times() {
    let good = [
        ("2019-08-17T09:30:00Z", "20190817T093000Z"),
        ("2019-08-17T09:30:00.000Z", "20190817T093000Z"),
        ("2019-08-17T09:30:00.999Z", "20190817T093000Z"),
        ("0001-01-01T00:00:00Z", "00010101T000000Z"),
        ("9999-12-31T23:59:59.999Z", "99991231T235959Z"),
        ("2016-02-29T12:00:00Z", "20160229T120000Z"),
        // RFC 5545 3.3.12 allows a leap second.
        ("2016-12-31T23:59:60Z", "20161231T235960Z"),
    ];
    for (text, expected) in good {
        let stamp = Stamp::parse(text).unwrap();
        assert_eq!(dtstamp(stamp), expected, "{text}");
    }
    assert_eq!(
        Stamp::parse("2019-08-17T09:30:00.123Z").unwrap(),
        Stamp::parse("2019-08-17T09:30:00Z").unwrap()
    );
    assert_eq!(
        Stamp::at_midnight(d("2019-08-17")),
        Stamp::parse("2019-08-17T00:00:00Z").unwrap()
    );
    assert_eq!(dtstamp(Stamp::at_midnight(Date::MAX)), "99991231T000000Z");
}

#[test]
fn stamp_rejects_everything_else() {
    let bad = [
        "",
        "2019-08-17",
        "2019-08-17T09:30:00",
        "2019-08-17T09:30Z",
        "2019-08-17 09:30:00Z",
        "2019-08-17t09:30:00z",
        "2019-08-17T09:30:00z",
        "2019-08-17T09:30:00+00:00",
        "2019-08-17T09:30:00.12Z",
        "2019-08-17T09:30:00.1234Z",
        "2019-08-17T09:30:00.Z",
        "2019-08-17T09:30:00,123Z",
        "2019-08-17T24:00:00Z",
        "2019-08-17T09:60:00Z",
        "2019-08-17T09:30:61Z",
        "2019-02-29T00:00:00Z",
        "2019-13-01T00:00:00Z",
        "0000-12-31T00:00:00Z",
        "+012019-08-17T09:30:00Z",
        "2019-8-17T09:30:00Z",
        " 2019-08-17T09:30:00Z",
        "2019-08-17T09:30:00Z ",
        "２０１９-08-17T09:30:00Z",
        "2019-08-17T9:30:00.000Z",
    ];
    for text in bad {
        let error = Stamp::parse(text).unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{text:?}");
        let message = error.message();
        assert!(message.contains(&format!("\"{text}\"")), "{message}");
        assert!(!message.ends_with('.'), "{message}");
        assert!(message.contains("is not a utc date-time"), "{message}");
    }
    let long = "2".repeat(10_000);
    let message = Stamp::parse(&long).unwrap_err().message().to_owned();
    assert!(message.len() < 120, "{message}");
}

// One file for several offers (a portfolio).

/// The UID of every event, in the file's order.
fn uids(ics: &str) -> Vec<String> {
    events(ics)
        .iter()
        .map(|event| {
            value(event, "UID:")
                .expect("every event has a UID")
                .to_owned()
        })
        .collect()
}

#[test]
fn portfolio_file_holds_every_offers_events_with_its_label() {
    let action_pack = example_1();
    let competency = example_3();
    let ics = portfolio_icalendar(
        &[
            ("Action Pack", &action_pack),
            ("Gold Cloud Platform", &competency),
        ],
        Lang::En,
        stamp(),
    );
    let events = events(&ics);
    // Example 1: six dates; example 3 with its reactivation deadline: seven.
    assert_eq!(events.len(), 13);
    let summaries: Vec<&str> = events
        .iter()
        .map(|event| value(event, "SUMMARY:").unwrap())
        .collect();
    assert!(
        summaries[..6]
            .iter()
            .all(|summary| summary.starts_with("Action Pack: ")),
        "{summaries:?}"
    );
    assert!(
        summaries[6..]
            .iter()
            .all(|summary| summary.starts_with("Gold Cloud Platform: ")),
        "{summaries:?}"
    );
    // Typed from docs/rules.md#example-1 and #example-3: the anniversaries.
    let starts: Vec<&str> = events
        .iter()
        .map(|event| value(event, "DTSTART;VALUE=DATE:").unwrap())
        .collect();
    assert!(starts[..6].contains(&"20190901"), "{starts:?}");
    assert!(starts[6..].contains(&"20200310"), "{starts:?}");
    assert!(value(&events[0], "DESCRIPTION:")
        .unwrap()
        .starts_with("Microsoft Action Pack. Source"));
    assert!(value(&events[6], "DESCRIPTION:")
        .unwrap()
        .starts_with("Competency. Source"));
    assert_eq!(ics.matches("BEGIN:VCALENDAR").count(), 1);
    assert_eq!(ics.matches("END:VCALENDAR").count(), 1);
}

#[test]
fn portfolio_uids_are_distinct_and_stable() {
    let first = example_1();
    let second = purchase(Offer::Competency, "2019-03-10");
    // The same dates under two labels, and twice the same label.
    let offers = [
        ("Action Pack", &first),
        ("Action Pack (Contoso)", &first),
        ("Azure", &second),
        ("Azure", &second),
    ];
    let ics = portfolio_icalendar(&offers, Lang::En, stamp());
    let all = uids(&ics);
    let distinct: HashSet<&String> = all.iter().collect();
    assert_eq!(all.len(), 6 + 6 + 6 + 6);
    assert_eq!(distinct.len(), all.len(), "{all:?}");
    // Reordered, or with another offer in front, every offer keeps its UIDs
    // (the second "Azure" is still the second).
    let reordered = portfolio_icalendar(
        &[offers[2], offers[0], offers[3], offers[1]],
        Lang::En,
        stamp(),
    );
    let reordered: HashSet<String> = uids(&reordered).into_iter().collect();
    assert_eq!(reordered, all.iter().cloned().collect::<HashSet<_>>());
    let grown = portfolio_icalendar(&[("Gold", &second), offers[0]], Lang::En, stamp());
    let grown = uids(&grown);
    assert_eq!(grown[6..], all[..6]);
    // A single offer's file keeps its own UIDs, without a label.
    let single = uids(&to_icalendar(&first, Lang::En, stamp()));
    assert!(single.iter().all(|uid| !all.contains(uid)));
    assert_eq!(
        single[0],
        "first-reminder-20190817-20190901-actionPack@mpn-renewal-calendar"
    );
    assert!(
        all[0].starts_with("first-reminder-20190817-20190901-actionPack-"),
        "{}",
        all[0]
    );
    assert!(all[0].ends_with("@mpn-renewal-calendar"), "{}", all[0]);
}

#[test]
fn portfolio_labels_are_escaped_text() {
    let window = example_1();
    let label = "Contoso; Fabrikam, \"Ltd\" \\ <b>x</b>\r\nnext";
    let ics = portfolio_icalendar(&[(label, &window)], Lang::Fr, stamp());
    for event in events(&ics) {
        let summary = value(&event, "SUMMARY:").unwrap();
        assert!(properly_escaped(summary), "{summary}");
        assert!(
            unescape(summary).starts_with("Contoso; Fabrikam, \"Ltd\" \\ <b>x</b>\nnext\u{202F}: "),
            "{summary}"
        );
    }
    assert!(logical_lines(&ics).iter().all(|line| !line.contains('\r')));
}
