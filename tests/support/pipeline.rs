//! Checks shared by the fuzz target `fuzz/fuzz_targets/rules_pipeline.rs`
//! and the property tests `tests/properties.rs`: an independent calendar
//! arithmetic (plain day numbers, no chrono) and the invariants `docs/rules.md`
//! (`#r1` to `#r6`, `#c1` to `#c5`) sets for every step of the pipeline, from
//! `compute_window` to `to_icalendar`. Included by `#[path]` in both.
#![allow(dead_code)]

use mpn_renewal_calendar::calendar::model::{calendar, Mark};
use mpn_renewal_calendar::i18n::contract::covid_message;
use mpn_renewal_calendar::i18n::{fill_template, Lang};
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition, Reason};
use mpn_renewal_calendar::rules::notes::{notes, Note};
use mpn_renewal_calendar::rules::status::{status_on, Phase};
use mpn_renewal_calendar::rules::timeline::{timeline, TimelineEvent};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

// ---- independent calendar arithmetic ----------------------------------------

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The day number of a date, checked against the crate's own.
pub fn n(date: Date) -> i64 {
    let number = days_from_civil(i64::from(date.year()), date.month(), date.day());
    assert_eq!(number, date.days_since_epoch(), "{date}");
    number
}

pub fn min_n() -> i64 {
    days_from_civil(1, 1, 1)
}

pub fn max_n() -> i64 {
    days_from_civil(9999, 12, 31)
}

/// 0 for Sunday: 1970-01-01 was a Thursday.
pub fn weekday(number: i64) -> u32 {
    (number + 4).rem_euclid(7) as u32
}

/// `Date::from_ymd`, checked against the calendar's definition.
pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    let date = Date::from_ymd(year, month, day);
    let valid = (1..=9999).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(i64::from(year), month);
    assert_eq!(date.is_some(), valid, "from_ymd({year}, {month}, {day})");
    if let Some(date) = date {
        assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
    }
    date
}

pub fn ymd(date: Date) -> (i32, u32, u32) {
    (date.year(), date.month(), date.day())
}

// ---- the rules (docs/rules.md) ----------------------------------------------

/// C1, C4: first and last qualifying anniversary and the reactivation deadline.
pub fn edition_terms(edition: Edition) -> (i64, i64, i64) {
    match edition {
        Edition::June2020 => (
            days_from_civil(2020, 1, 1),
            days_from_civil(2020, 6, 30),
            days_from_civil(2020, 6, 30),
        ),
        Edition::August2020 => (
            days_from_civil(2020, 7, 1),
            days_from_civil(2020, 12, 31),
            days_from_civil(2020, 12, 31),
        ),
    }
}

/// R1: the month and day of a date in another year (Feb 29 by `leap_day`).
pub fn same_day_in(year: i32, month: u32, day: u32, leap_day: LeapDay) -> (i32, u32, u32) {
    if month == 2 && day == 29 && !is_leap(i64::from(year)) {
        match leap_day {
            LeapDay::Feb28 => (year, 2, 28),
            LeapDay::Mar1 => (year, 3, 1),
        }
    } else {
        (year, month, day)
    }
}

/// R1..R5 of a window: everything but the next anniversary and COVID-19.
pub fn check_r1_to_r5(window: &RenewalWindow, request: WindowRequest) {
    let anniversary = n(window.anniversary);
    assert_eq!(window.offer, request.offer);
    match request.start {
        Start::Purchase(purchase) => {
            assert_eq!(window.purchase_date, Some(purchase));
            let expected = same_day_in(
                purchase.year() + 1,
                purchase.month(),
                purchase.day(),
                request.leap_day,
            );
            assert_eq!(ymd(window.anniversary), expected, "R1 from {purchase}");
        }
        Start::Anniversary(given) => {
            assert_eq!(window.purchase_date, None);
            assert_eq!(window.anniversary, given);
        }
    }
    assert_eq!(n(window.window_opens), anniversary + 1, "R2");
    assert_eq!(n(window.last_day_to_renew), anniversary + 30, "R3");
    assert_eq!(n(window.loss_date), anniversary + 31, "R4");
    let [first, second] = window.reminders;
    assert_eq!(
        (n(first.date), first.days_from_anniversary),
        (anniversary - 15, -15)
    );
    assert_eq!(
        (n(second.date), second.days_from_anniversary),
        (anniversary + 23, 23)
    );
}

/// R1..R6: `compute_window` answers exactly when every date is in range.
pub fn check_window(request: WindowRequest) -> Option<RenewalWindow> {
    let anniversary = match request.start {
        Start::Purchase(purchase) if purchase.year() == 9999 => None,
        Start::Purchase(purchase) => {
            let (y, m, d) = same_day_in(
                purchase.year() + 1,
                purchase.month(),
                purchase.day(),
                request.leap_day,
            );
            Some(days_from_civil(i64::from(y), m, d))
        }
        Start::Anniversary(anniversary) => Some(n(anniversary)),
    };
    let in_range = anniversary
        .is_some_and(|anniversary| anniversary - 15 >= min_n() && anniversary + 365 <= max_n());
    match compute_window(request) {
        Ok(window) => {
            assert!(in_range, "{request:?} should be out of range");
            check_r1_to_r5(&window, request);
            assert_eq!(
                n(window.next_anniversary),
                n(window.anniversary) + 365,
                "R6"
            );
            assert_eq!(window.covid, None);
            Some(window)
        }
        Err(error) => {
            assert_eq!(
                error.code(),
                ErrorCode::DateOutOfRange,
                "{request:?}: {error}"
            );
            assert!(!in_range, "{request:?} is in range: {error}");
            assert!(!error.message().is_empty() && error.message().len() < 200);
            None
        }
    }
}

/// C1..C5 on a window computed by `check_window`.
pub fn check_covid(
    window: &RenewalWindow,
    request: WindowRequest,
    covid: CovidRequest,
) -> RenewalWindow {
    let extended = match apply_covid_extension(window, covid) {
        Ok(extended) => extended,
        Err(error) => {
            assert_eq!(error.code(), ErrorCode::DateOutOfRange);
            panic!("an in-range window cannot fail: {error}");
        }
    };
    // C2, C5: R1..R5 unchanged.
    check_r1_to_r5(&extended, request);
    assert_eq!(
        (extended.anniversary, extended.purchase_date),
        (window.anniversary, window.purchase_date)
    );
    let outcome = extended.covid.as_ref().expect("an outcome");
    let anniversary = n(window.anniversary);
    let (from, through, reactivation) = edition_terms(covid.edition);
    let reason = if window.offer != Offer::Competency {
        Reason::NotACompetency
    } else if !(from <= anniversary && anniversary <= through) {
        Reason::AnniversaryOutsideRange
    } else if !covid.moved_to_partner_center {
        Reason::NotMovedToPartnerCenter
    } else {
        Reason::Eligible
    };
    assert_eq!(outcome.reason, reason, "C1");
    assert_eq!(outcome.eligible, reason == Reason::Eligible);
    assert_eq!(outcome.requirements_waived, outcome.eligible, "C2");
    let message = covid_message(&extended).expect("an outcome has its sentence");
    assert!(!message.is_empty());
    if outcome.eligible {
        let a = window.anniversary;
        let expected = same_day_in(2021, a.month(), a.day(), covid.leap_day);
        let through_date = outcome.extended_through.expect("C3");
        assert_eq!(ymd(through_date), expected, "C3");
        assert_eq!(extended.next_anniversary, through_date, "C3 replaces R6");
        assert_eq!(extended.next_anniversary.year(), 2021, "C3: in 2021");
        let deadline = outcome.reactivation_deadline.map(n);
        let loss = anniversary + 31;
        assert_eq!(
            deadline,
            (loss <= reactivation).then_some(reactivation),
            "C4"
        );
        assert!(message.contains(window.anniversary.as_iso().as_str()));
    } else {
        assert_eq!(outcome.extended_through, None);
        assert_eq!(outcome.reactivation_deadline, None);
        assert_eq!(n(extended.next_anniversary), anniversary + 365, "R6");
    }
    // Idempotent.
    assert_eq!(
        apply_covid_extension(&extended, covid).as_ref(),
        Ok(&extended)
    );
    extended
}

pub fn deadline_of(window: &RenewalWindow) -> Option<Date> {
    window
        .covid
        .as_ref()
        .filter(|covid| covid.eligible)
        .and_then(|covid| covid.reactivation_deadline)
}

pub fn check_status(window: &RenewalWindow, today: Date) {
    let status = status_on(window, today);
    let k = n(today) - n(window.anniversary);
    let deadline = deadline_of(window);
    let phase = if window
        .purchase_date
        .is_some_and(|purchase| today < purchase)
    {
        Phase::BeforePurchase
    } else if k <= 0 {
        Phase::Active
    } else if k <= 30 {
        Phase::RenewalWindow
    } else if deadline.is_some_and(|deadline| today <= deadline) {
        Phase::Reactivation
    } else {
        Phase::Lost
    };
    assert_eq!(status.date, today);
    assert_eq!(status.phase, phase, "{today} in {window:?}");
    assert_eq!(
        status.benefits_active,
        matches!(phase, Phase::Active | Phase::RenewalWindow)
    );
    let days_left = match phase {
        Phase::RenewalWindow => Some(31 - k),
        Phase::Reactivation => deadline.map(|deadline| n(deadline) - n(today) + 1),
        _ => None,
    };
    // 31 − k for k in 1..=30, or up to a deadline not yet passed: at least 1.
    assert_eq!(status.days_left_to_renew.map(i64::from), days_left);
    assert_eq!(status.can_renew, days_left.is_some());
    assert_eq!(status.reminder_today, k == -15 || k == 23, "R5");
}

pub fn check_calendar(window: &RenewalWindow, today: Option<Date>, first_weekday: u32) {
    let model = calendar(window, today, first_weekday);
    let anniversary = n(window.anniversary);
    let deadline = deadline_of(window);
    let last = deadline.map_or(anniversary + 31, |deadline| {
        n(deadline).max(anniversary + 31)
    });
    assert_eq!(model.first_weekday, first_weekday % 7);
    assert!(!model.months.is_empty() && model.months.len() <= 8);
    let first = &model.months[0];
    let first_reminder = window.reminders[0].date;
    assert_eq!(
        ymd(first.first_day),
        (first_reminder.year(), first_reminder.month(), 1)
    );
    let mut expected_next = n(first.first_day);
    let mut shown = Vec::new();
    for month in &model.months {
        assert_eq!(month.first_day.day(), 1);
        assert_eq!(n(month.first_day), expected_next, "months are consecutive");
        let length = days_in_month(i64::from(month.first_day.year()), month.first_day.month());
        assert_eq!(month.days.len(), length as usize);
        assert_eq!(
            month.leading_blanks,
            (weekday(expected_next) + 7 - first_weekday % 7) % 7
        );
        for day in &month.days {
            let number = n(day.date);
            assert_eq!(number, expected_next);
            expected_next += 1;
            shown.push(day.date);
            let k = number - anniversary;
            let marks = day.marks;
            assert_eq!(marks.contains(Mark::Anniversary), k == 0);
            assert_eq!(marks.contains(Mark::Window), (1..=30).contains(&k));
            assert_eq!(marks.contains(Mark::LastDay), k == 30);
            assert_eq!(marks.contains(Mark::Reminder), k == -15 || k == 23);
            assert_eq!(marks.contains(Mark::Loss), k == 31);
            assert_eq!(
                marks.contains(Mark::ReactivationDeadline),
                deadline == Some(day.date)
            );
            assert_eq!(marks.contains(Mark::Today), today == Some(day.date));
            assert_eq!(marks.is_empty(), marks.names().is_empty());
        }
    }
    let last_shown = *shown.last().expect("a day");
    assert!(n(last_shown) >= last, "the last date is shown");
    assert!(n(last_shown) - last < 31, "and its month is the last");
    assert_eq!(model.first_shown(), Some(first.first_day));
    assert_eq!(model.last_shown(), Some(last_shown));
    let today_shown = today.filter(|today| shown.contains(today));
    assert_eq!(model.focus, today_shown.unwrap_or(window.anniversary));
}

pub fn expected_timeline(window: &RenewalWindow) -> Vec<(Date, TimelineEvent)> {
    // R5 -15, R1, R2 +1, R5 +23, R3 +30, R4 +31 are in date order; C4's
    // deadline exists only when it is on or after the loss date.
    let mut events = vec![
        (window.reminders[0].date, TimelineEvent::FirstReminder),
        (window.anniversary, TimelineEvent::Anniversary),
        (window.window_opens, TimelineEvent::WindowOpens),
        (window.reminders[1].date, TimelineEvent::SecondReminder),
        (window.last_day_to_renew, TimelineEvent::LastDayToRenew),
        (window.loss_date, TimelineEvent::LossDate),
    ];
    if let Some(deadline) = deadline_of(window) {
        assert!(deadline >= window.loss_date);
        events.push((deadline, TimelineEvent::ReactivationDeadline));
    }
    events
}

pub fn check_notes(window: &RenewalWindow) {
    let mut expected = Vec::new();
    match window.purchase_date {
        None => expected.push((Note::FromAnniversary, None)),
        Some(purchase) if (purchase.month(), purchase.day()) == (2, 29) => {
            expected.push(if window.anniversary.month() == 3 {
                (Note::LeapDayMar1, None)
            } else {
                (Note::LeapDayFeb28, None)
            });
        }
        Some(_) => {}
    }
    let extended = window
        .covid
        .as_ref()
        .filter(|covid| covid.eligible)
        .and_then(|covid| covid.extended_through);
    match extended {
        Some(date) => expected.push((Note::ExtendedIn2021, Some(date))),
        // R6 moves the month and day when the 365 days hold a February 29.
        None if (
            window.next_anniversary.month(),
            window.next_anniversary.day(),
        ) != (window.anniversary.month(), window.anniversary.day()) =>
        {
            expected.push((Note::RenewalDrift, None));
        }
        None => {}
    }
    if let Some(deadline) = deadline_of(window) {
        expected.push((Note::Reactivation, Some(deadline)));
    }
    let got = notes(window);
    assert_eq!(got, expected);
    for lang in Lang::ALL {
        for (note, date) in &got {
            let iso = date.map(|date| date.as_iso());
            let text = fill_template(
                lang.note(*note),
                &[iso.as_ref().map_or("", |iso| iso.as_str())],
            );
            assert!(!text.is_empty() && !text.contains("{}"));
        }
    }
}

/// A TEXT value is escaped: no bare `,` `;`, and only known escapes.
pub fn check_escaped(value: &str) {
    let mut characters = value.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => assert!(matches!(characters.next(), Some('\\' | ';' | ',' | 'n'))),
            ',' | ';' => panic!("unescaped {character:?} in {value:?}"),
            other => assert!(other == '\t' || !other.is_control()),
        }
    }
}

pub fn compact(date: Date) -> String {
    date.as_iso().as_str().replace('-', "")
}

pub fn check_ics(window: &RenewalWindow, lang: Lang, stamp: Stamp, stamp_text: &str) {
    let ics = to_icalendar(window, lang, stamp);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let body = &ics[..ics.len() - 2];
    let mut logical: Vec<String> = Vec::new();
    for line in body.split("\r\n") {
        assert!(
            line.len() <= 75,
            "a line of {} octets: {line:?}",
            line.len()
        );
        assert!(!line.contains('\r') && !line.contains('\n'));
        assert!(!line.is_empty());
        match line.strip_prefix(' ') {
            Some(rest) => logical
                .last_mut()
                .expect("a line to continue")
                .push_str(rest),
            None => logical.push(line.to_owned()),
        }
    }
    let events = expected_timeline(window);
    let starts: Vec<&str> = logical
        .iter()
        .filter_map(|line| line.strip_prefix("DTSTART;VALUE=DATE:"))
        .collect();
    let expected_starts: Vec<String> = events.iter().map(|(date, _)| compact(*date)).collect();
    assert_eq!(starts, expected_starts);
    let ends: Vec<&str> = logical
        .iter()
        .filter_map(|line| line.strip_prefix("DTEND;VALUE=DATE:"))
        .collect();
    let expected_ends: Vec<String> = events
        .iter()
        .filter(|(date, _)| *date != Date::MAX)
        .map(|(date, _)| {
            let next = date.add_days(1).expect("in range");
            assert_eq!(n(next), n(*date) + 1);
            compact(next)
        })
        .collect();
    assert_eq!(ends, expected_ends);
    let count = |prefix: &str| {
        logical
            .iter()
            .filter(|line| line.starts_with(prefix))
            .count()
    };
    assert_eq!(count("BEGIN:VEVENT"), events.len());
    assert_eq!(count("END:VEVENT"), events.len());
    assert_eq!(count("BEGIN:VALARM"), 3);
    assert_eq!(count("END:VALARM"), 3);
    let stamp_line = ["DTSTAMP:", stamp_text].concat();
    assert_eq!(count(&stamp_line), events.len());
    let mut uids: Vec<&String> = logical.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), events.len());
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for line in &logical {
        for name in ["SUMMARY:", "DESCRIPTION:"] {
            if let Some(value) = line.strip_prefix(name) {
                check_escaped(value);
            }
        }
    }
}

pub fn check_downstream(window: &RenewalWindow, today: Date, first_weekday: u32) {
    check_status(window, today);
    check_calendar(window, Some(today), first_weekday);
    check_calendar(window, None, Lang::Fr.first_weekday());
    assert_eq!(timeline(window), expected_timeline(window));
    check_notes(window);
    let stamp = Stamp::at_midnight(today);
    let stamp_text = [compact(today).as_str(), "T000000Z"].concat();
    for lang in Lang::ALL {
        check_ics(window, lang, stamp, &stamp_text);
    }
}
