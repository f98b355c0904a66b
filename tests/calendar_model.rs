//! The calendar as data, natively (`src/calendar/model.rs`, with the
//! timeline and the notes of `src/rules/`): which months are shown, the
//! blanks before each month's first day, the day that takes the focus, the
//! marks of each day, where each navigation key leads, the timeline's order
//! and which notes a window gets. The browser suite (`tests/dom.rs`) checks
//! the same facts once drawn; here they are checked without a browser.
//!
//! Expected values are typed by hand from `docs/rules.md` (its worked
//! examples and rules) and from a wall calendar (weekdays), never computed
//! by the code under test.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::calendar::model::{
    calendar, marks_on, navigate, CalendarModel, Mark, MarkDates, Marks, NavigationKey,
};
use mpn_renewal_calendar::i18n::{write_date, DateStyle, Lang};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest};
use mpn_renewal_calendar::rules::notes::{notes, Note};
use mpn_renewal_calendar::rules::status::{status_on, Phase};
use mpn_renewal_calendar::rules::timeline::{timeline, TimelineEvent};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn window(offer: Offer, start: Start, leap_day: LeapDay) -> RenewalWindow {
    compute_window(WindowRequest {
        offer,
        start,
        leap_day,
    })
    .unwrap()
}

fn bought(offer: Offer, date: &str) -> RenewalWindow {
    window(offer, Start::Purchase(d(date)), LeapDay::Feb28)
}

fn from_anniversary(offer: Offer, date: &str) -> RenewalWindow {
    window(offer, Start::Anniversary(d(date)), LeapDay::Feb28)
}

/// `window` with the COVID-19 extension asked for (06/05/2020 edition).
fn extended(window: &RenewalWindow, moved: bool) -> RenewalWindow {
    let request = CovidRequest {
        moved_to_partner_center: moved,
        ..CovidRequest::default()
    };
    apply_covid_extension(window, request).unwrap()
}

/// docs/rules.md#example-1: Action Pack bought 2018-09-01.
fn example_1() -> RenewalWindow {
    bought(Offer::ActionPack, "2018-09-01")
}

/// docs/rules.md#example-3: competency bought 2019-03-10, moved to Partner
/// Center, COVID-19 extension applied.
fn example_3() -> RenewalWindow {
    extended(&bought(Offer::Competency, "2019-03-10"), true)
}

/// docs/rules.md#c4: an anniversary on 2020-05-30 loses its benefits on
/// 2020-06-30, the reactivation deadline's own day.
fn loss_on_the_deadline() -> RenewalWindow {
    extended(&from_anniversary(Offer::Competency, "2020-05-30"), true)
}

/// The first day, number of days and leading blanks of each month shown.
fn months(model: &CalendarModel) -> Vec<(String, usize, u32)> {
    model
        .months
        .iter()
        .map(|month| {
            (
                month.first_day.to_string(),
                month.days.len(),
                month.leading_blanks,
            )
        })
        .collect()
}

/// Every marked day, as "date=marks", in date order (as `tests/dom.rs` reads
/// the drawn calendar).
fn marked_days(model: &CalendarModel) -> Vec<String> {
    model
        .months
        .iter()
        .flat_map(|month| &month.days)
        .filter(|day| !day.marks.is_empty())
        .map(|day| format!("{}={}", day.date, day.marks.names()))
        .collect()
}

/// The marks of `date` in a calendar.
fn marks_in(model: &CalendarModel, date: &str) -> String {
    let date = d(date);
    let day = model
        .months
        .iter()
        .flat_map(|month| &month.days)
        .find(|day| day.date == date)
        .unwrap_or_else(|| panic!("{date} is not shown"));
    day.marks.names()
}

// ---- calendar(): the months shown -------------------------------------------

// Months from the first reminder's (R5) to the loss date's (R4): for worked
// example 1, August (2019-08-17) through October 2019 (2019-10-02). Weeks
// start on Sunday (0) or Monday (1); a larger number counts modulo 7.
// 2019-08-01 is a Thursday, 2019-09-01 a Sunday, 2019-10-01 a Tuesday.
#[test]
fn calendar_months_of_example_1_from_first_reminder_to_loss() {
    let window = example_1();
    let sunday = calendar(&window, None, 0);
    assert_eq!(
        months(&sunday),
        [
            ("2019-08-01".to_string(), 31, 4),
            ("2019-09-01".to_string(), 30, 0),
            ("2019-10-01".to_string(), 31, 2),
        ]
    );
    assert_eq!(sunday.first_weekday, 0);
    let monday = calendar(&window, None, 1);
    assert_eq!(
        months(&monday),
        [
            ("2019-08-01".to_string(), 31, 3),
            ("2019-09-01".to_string(), 30, 6),
            ("2019-10-01".to_string(), 31, 1),
        ]
    );
    assert_eq!(monday.first_weekday, 1);
    // Modulo 7.
    assert_eq!(calendar(&window, None, 7), sunday);
    assert_eq!(calendar(&window, None, 8), monday);
    // The languages' own first days: Sunday in English, Monday in French.
    assert_eq!(calendar(&window, None, Lang::En.first_weekday()), sunday);
    assert_eq!(calendar(&window, None, Lang::Fr.first_weekday()), monday);
    // Every day of each month, in order.
    let days: Vec<Date> = sunday.months[1].days.iter().map(|day| day.date).collect();
    assert_eq!(days.first(), Some(&d("2019-09-01")));
    assert_eq!(days.last(), Some(&d("2019-09-30")));
    assert!(days.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(sunday.first_shown(), Some(d("2019-08-01")));
    assert_eq!(sunday.last_shown(), Some(d("2019-10-31")));
}

// With C4's reactivation deadline after the loss date, the months run to the
// deadline's: worked example 3 shows February (2020-02-24) through June 2020
// (2020-06-30), five months as tests/dom.rs counts them; without the
// extension, through April (loss 2020-04-10). 2020-02-01 is a Saturday,
// 03-01 a Sunday, 04-01 a Wednesday, 05-01 a Friday, 06-01 a Monday.
#[test]
fn calendar_months_run_to_the_reactivation_deadline_when_later() {
    let model = calendar(&example_3(), None, 0);
    assert_eq!(
        months(&model),
        [
            ("2020-02-01".to_string(), 29, 6),
            ("2020-03-01".to_string(), 31, 0),
            ("2020-04-01".to_string(), 30, 3),
            ("2020-05-01".to_string(), 31, 5),
            ("2020-06-01".to_string(), 30, 1),
        ]
    );
    let monday: Vec<u32> = calendar(&example_3(), None, 1)
        .months
        .iter()
        .map(|month| month.leading_blanks)
        .collect();
    assert_eq!(monday, [5, 6, 2, 4, 0]);

    let plain = bought(Offer::Competency, "2019-03-10");
    let not_moved = extended(&plain, false);
    for window in [plain, not_moved] {
        let firsts: Vec<String> = months(&calendar(&window, None, 0))
            .into_iter()
            .map(|(first, _, _)| first)
            .collect();
        assert_eq!(firsts, ["2020-02-01", "2020-03-01", "2020-04-01"]);
    }

    // The loss date on the deadline (2020-06-30): May (2020-05-15) and June.
    let firsts: Vec<String> = months(&calendar(&loss_on_the_deadline(), None, 0))
        .into_iter()
        .map(|(first, _, _)| first)
        .collect();
    assert_eq!(firsts, ["2020-05-01", "2020-06-01"]);

    // A deadline before the loss date never comes out of the rules (C4), but
    // the model still shows the later of the two: here the loss date's April.
    let mut early = example_3();
    early.covid.as_mut().unwrap().reactivation_deadline = Some(d("2020-03-01"));
    let model = calendar(&early, None, 0);
    assert_eq!(model.last_shown(), Some(d("2020-04-30")));
}

// A first reminder in the year before the anniversary (2020-01-10 − 15 days
// = 2019-12-26) starts the calendar in December; loss 2020-02-10.
#[test]
fn calendar_months_across_a_year_end() {
    let model = calendar(&from_anniversary(Offer::ActionPack, "2020-01-10"), None, 1);
    assert_eq!(
        months(&model),
        [
            // 2019-12-01 is a Sunday, 2020-01-01 a Wednesday, 2020-02-01 a Saturday.
            ("2019-12-01".to_string(), 31, 6),
            ("2020-01-01".to_string(), 31, 2),
            ("2020-02-01".to_string(), 29, 5),
        ]
    );
}

// ---- calendar(): the focus and the today marker -----------------------------

// The day that takes the focus first: today when shown, else the
// anniversary (tests/dom.rs: "today outside the months shown: no marker, the
// anniversary takes the focus").
#[test]
fn calendar_focus_is_today_when_shown_else_the_anniversary() {
    let window = example_1();
    // today, the focus, the days marked "today".
    let cases: [(Option<&str>, &str, &[&str]); 7] = [
        (None, "2019-09-01", &[]),
        (Some("2019-09-20"), "2019-09-20", &["2019-09-20"]),
        // The first and last days shown, outside the rules' dates.
        (Some("2019-08-01"), "2019-08-01", &["2019-08-01"]),
        (Some("2019-10-31"), "2019-10-31", &["2019-10-31"]),
        // The days just outside, and a day far away.
        (Some("2019-07-31"), "2019-09-01", &[]),
        (Some("2019-11-01"), "2019-09-01", &[]),
        (Some("2021-01-01"), "2019-09-01", &[]),
    ];
    for (today, focus, marked_today) in cases {
        for first_weekday in [0, 1] {
            let model = calendar(&window, today.map(d), first_weekday);
            assert_eq!(model.focus, d(focus), "today {today:?}");
            let marked: Vec<Date> = model
                .months
                .iter()
                .flat_map(|month| &month.days)
                .filter(|day| day.marks.contains(Mark::Today))
                .map(|day| day.date)
                .collect();
            let expected: Vec<Date> = marked_today.iter().map(|day| d(day)).collect();
            assert_eq!(marked, expected, "today {today:?}");
        }
    }
    let model = calendar(&window, Some(d("2019-09-20")), 0);
    assert_eq!(marks_in(&model, "2019-09-20"), "window today");
    assert_eq!(marks_in(&model, "2019-09-21"), "window");
}

// ---- marks: calendar(), marks_on() and MarkDates ----------------------------

// docs/rules.md#example-1, as tests/dom.rs checks it drawn: the first and
// last marked days, the window's 30 days (R3), a reminder inside the window.
#[test]
fn marks_of_example_1() {
    let days = marked_days(&calendar(&example_1(), None, 0));
    assert_eq!(days.first().unwrap(), "2019-08-17=reminder");
    assert_eq!(days.last().unwrap(), "2019-10-02=loss");
    for day in [
        "2019-09-01=anniversary",
        "2019-09-02=window",
        "2019-09-24=window reminder",
        "2019-09-30=window",
        "2019-10-01=window last-day",
    ] {
        assert!(days.contains(&day.to_string()), "{day}");
    }
    assert_eq!(days.iter().filter(|day| day.contains("window")).count(), 30);
    // The reminder, the anniversary, the window's 30 days and the loss date.
    assert_eq!(days.len(), 1 + 1 + 30 + 1);
}

// docs/rules.md#example-3, as tests/dom.rs checks it drawn.
#[test]
fn marks_of_example_3() {
    let model = calendar(&example_3(), None, 0);
    let cases = [
        ("2020-02-24", "reminder"),
        ("2020-03-10", "anniversary"),
        ("2020-04-09", "window last-day"),
        ("2020-04-10", "loss"),
        ("2020-06-30", "reactivation-deadline"),
    ];
    for (date, marks) in cases {
        assert_eq!(marks_in(&model, date), marks, "{date}");
    }
    let days = marked_days(&model);
    assert_eq!(days.last().unwrap(), "2020-06-30=reactivation-deadline");
    assert_eq!(days.len(), 1 + 1 + 30 + 1 + 1);
}

// Each mark on its day and only there: R1, R2 to R3 (every day of the
// window), R3, R5, R4, C4 and today, for worked example 3 with "today" on
// 2020-04-01; marks_on and MarkDates::marks_on agree with the calendar.
#[test]
fn marks_on_each_mark() {
    let window = example_3();
    let today = Some(d("2020-04-01"));
    let cases = [
        ("2020-02-23", ""),
        ("2020-02-24", "reminder"),
        ("2020-02-25", ""),
        ("2020-03-09", ""),
        ("2020-03-10", "anniversary"),
        ("2020-03-11", "window"),
        ("2020-04-01", "window today"),
        ("2020-04-02", "window reminder"),
        ("2020-04-08", "window"),
        ("2020-04-09", "window last-day"),
        ("2020-04-10", "loss"),
        ("2020-04-11", ""),
        ("2020-06-29", ""),
        ("2020-06-30", "reactivation-deadline"),
        ("2020-07-01", ""),
    ];
    let dates = MarkDates::of(&window);
    let model = calendar(&window, today, 0);
    for (date, names) in cases {
        let marks = marks_on(&window, today, d(date));
        assert_eq!(marks.names(), names, "{date}");
        assert_eq!(dates.marks_on(today, d(date)), marks, "{date}");
        assert_eq!(marks.is_empty(), names.is_empty(), "{date}");
        if d(date) <= d("2020-06-30") {
            assert_eq!(marks_in(&model, date), names, "{date}");
        }
    }
    // Today adds to the other marks of its day.
    let marks = marks_on(&window, Some(d("2020-04-09")), d("2020-04-09"));
    assert_eq!(marks.names(), "window last-day today");
    // A window without the extension has no deadline mark.
    let plain = bought(Offer::Competency, "2019-03-10");
    assert_eq!(marks_on(&plain, None, d("2020-06-30")).names(), "");
    // The loss date on the deadline carries both.
    let same_day = loss_on_the_deadline();
    assert_eq!(
        marks_on(&same_day, None, d("2020-06-30")).names(),
        "loss reactivation-deadline"
    );
    assert_eq!(
        marks_on(&same_day, None, d("2020-06-29")).names(),
        "window last-day"
    );
}

// MarkDates::marks_between lists the marked dates a second time, beside
// marks_on: over every range of 1 to 9 days around the marks of examples 1
// and 3 (a reactivation deadline) and of a loss on its deadline, it says
// what asking marks_on of each day of the range says.
#[test]
fn marks_between_agrees_with_marks_on_day_by_day() {
    for window in [example_1(), example_3(), loss_on_the_deadline()] {
        let dates = MarkDates::of(&window);
        let start = dates.reminders[0].add_days(-20).unwrap();
        let (mut marked, mut unmarked) = (0, 0);
        for offset in 0..200 {
            let first = start.add_days(offset).unwrap();
            for length in 0..9 {
                let last = first.add_days(length).unwrap();
                let day_by_day = (0..=length).any(|day| {
                    dates.marks_on(None, first.add_days(day).unwrap()) != Marks::default()
                });
                assert_eq!(
                    dates.marks_between(first, last),
                    day_by_day,
                    "{first:?} to {last:?}"
                );
                if day_by_day {
                    marked += 1;
                } else {
                    unmarked += 1;
                }
            }
        }
        // Both answers were met.
        assert!(
            marked > 100 && unmarked > 100,
            "{marked} marked, {unmarked} not"
        );
    }
}

// MarkDates holds the dates that decide the marks: R1 to R5 and C4's
// deadline only when the extension gives one.
#[test]
fn mark_dates_of_the_worked_examples() {
    assert_eq!(
        MarkDates::of(&example_1()),
        MarkDates {
            anniversary: d("2019-09-01"),
            window_opens: d("2019-09-02"),
            last_day_to_renew: d("2019-10-01"),
            loss_date: d("2019-10-02"),
            reminders: [d("2019-08-17"), d("2019-09-24")],
            reactivation_deadline: None,
        }
    );
    assert_eq!(
        MarkDates::of(&example_3()),
        MarkDates {
            anniversary: d("2020-03-10"),
            window_opens: d("2020-03-11"),
            last_day_to_renew: d("2020-04-09"),
            loss_date: d("2020-04-10"),
            reminders: [d("2020-02-24"), d("2020-04-02")],
            reactivation_deadline: Some(d("2020-06-30")),
        }
    );
    // Not moved (C1): no deadline. Eligible but lost after 2020-06-30 (C4): none.
    let not_moved = extended(&bought(Offer::Competency, "2019-03-10"), false);
    assert_eq!(MarkDates::of(&not_moved).reactivation_deadline, None);
    let late = extended(&from_anniversary(Offer::Competency, "2020-05-31"), true);
    assert!(late.covid.as_ref().unwrap().eligible);
    assert_eq!(MarkDates::of(&late).reactivation_deadline, None);
}

// The names are the contract of the `data-marks` and `part` attributes,
// listed in `Mark::ALL` order.
#[test]
fn mark_names_are_the_attribute_contract() {
    for mark in Mark::ALL {
        let name = match mark {
            Mark::Anniversary => "anniversary",
            Mark::Window => "window",
            Mark::LastDay => "last-day",
            Mark::Reminder => "reminder",
            Mark::Loss => "loss",
            Mark::ReactivationDeadline => "reactivation-deadline",
            Mark::Today => "today",
        };
        assert_eq!(mark.name(), name);
        let mut marks = Marks::default();
        marks.add_if(mark, false);
        assert!(marks.is_empty());
        marks.add_if(mark, true);
        assert_eq!(marks.names(), name);
        assert_eq!(marks.iter().collect::<Vec<_>>(), [mark]);
        assert!(Mark::ALL
            .iter()
            .all(|other| marks.contains(*other) == (*other == mark)));
    }
    let mut all = Marks::default();
    for mark in Mark::ALL.into_iter().rev() {
        all.add_if(mark, true);
    }
    assert_eq!(
        all.names(),
        "anniversary window last-day reminder loss reactivation-deadline today"
    );
    assert_eq!(Marks::default().names(), "");
}

// ---- navigate() --------------------------------------------------------------

// tests/dom.rs presses these keys from 2019-09-20 (a Friday) in worked
// example 1's calendar, weeks from Sunday: the same moves, natively.
#[test]
fn navigate_the_keys_of_the_browser_suite() {
    let model = calendar(
        &example_1(),
        Some(d("2019-09-20")),
        Lang::En.first_weekday(),
    );
    let (first, last) = (model.first_shown().unwrap(), model.last_shown().unwrap());
    let steps = [
        ("ArrowRight", "2019-09-21"),
        ("ArrowDown", "2019-09-28"),
        ("ArrowLeft", "2019-09-27"),
        ("ArrowUp", "2019-09-20"),
        ("Home", "2019-09-15"), // Sunday
        ("End", "2019-09-21"),  // Saturday
        ("PageDown", "2019-10-21"),
        ("PageUp", "2019-09-21"),
        ("PageUp", "2019-08-21"),
        ("PageUp", "2019-08-01"), // clamped to the first day shown
        ("ArrowLeft", "2019-08-01"),
    ];
    let mut focus = model.focus;
    for (key, expected) in steps {
        let key = NavigationKey::from_key(key).unwrap();
        focus = navigate(focus, key, model.first_weekday, first, last);
        assert_eq!(focus, d(expected), "after {key:?}");
    }
}

// Every key, from 2019-09-20 (a Friday) with room on every side.
#[test]
fn navigate_every_key() {
    let (first, last) = (Date::MIN, Date::MAX);
    let from = d("2019-09-20");
    for key in NavigationKey::ALL {
        let (sunday_first, monday_first) = match key {
            NavigationKey::ArrowLeft => ("2019-09-19", "2019-09-19"),
            NavigationKey::ArrowRight => ("2019-09-21", "2019-09-21"),
            NavigationKey::ArrowUp => ("2019-09-13", "2019-09-13"),
            NavigationKey::ArrowDown => ("2019-09-27", "2019-09-27"),
            NavigationKey::Home => ("2019-09-15", "2019-09-16"),
            NavigationKey::End => ("2019-09-21", "2019-09-22"),
            NavigationKey::PageUp => ("2019-08-20", "2019-08-20"),
            NavigationKey::PageDown => ("2019-10-20", "2019-10-20"),
        };
        assert_eq!(
            navigate(from, key, 0, first, last),
            d(sunday_first),
            "{key:?}"
        );
        assert_eq!(
            navigate(from, key, 1, first, last),
            d(monday_first),
            "{key:?}"
        );
        // The first weekday counts modulo 7.
        assert_eq!(
            navigate(from, key, 7, first, last),
            d(sunday_first),
            "{key:?}"
        );
        assert_eq!(
            navigate(from, key, 8, first, last),
            d(monday_first),
            "{key:?}"
        );
    }
    // Home and End on the week's own first and last days stay there.
    let sunday = d("2019-09-01");
    assert_eq!(
        navigate(sunday, NavigationKey::Home, 0, first, last),
        sunday
    );
    assert_eq!(
        navigate(sunday, NavigationKey::End, 0, first, last),
        d("2019-09-07")
    );
    assert_eq!(
        navigate(sunday, NavigationKey::Home, 1, first, last),
        d("2019-08-26")
    );
    assert_eq!(navigate(sunday, NavigationKey::End, 1, first, last), sunday);
}

// Every move stays within the first and last days shown (worked example 1:
// 2019-08-01, a Thursday, through 2019-10-31, a Thursday).
#[test]
fn navigate_clamps_to_the_first_and_last_days_shown() {
    let (first, last) = (d("2019-08-01"), d("2019-10-31"));
    let cases = [
        ("2019-08-01", NavigationKey::ArrowLeft, "2019-08-01"),
        ("2019-08-03", NavigationKey::ArrowUp, "2019-08-01"),
        ("2019-08-01", NavigationKey::Home, "2019-08-01"),
        ("2019-08-21", NavigationKey::PageUp, "2019-08-01"),
        ("2019-10-31", NavigationKey::ArrowRight, "2019-10-31"),
        ("2019-10-28", NavigationKey::ArrowDown, "2019-10-31"),
        ("2019-10-31", NavigationKey::End, "2019-10-31"),
        ("2019-10-15", NavigationKey::PageDown, "2019-10-31"),
        // Inside, nothing is clamped.
        ("2019-08-02", NavigationKey::ArrowLeft, "2019-08-01"),
        ("2019-10-30", NavigationKey::ArrowRight, "2019-10-31"),
    ];
    for (from, key, expected) in cases {
        for first_weekday in [0, 1] {
            assert_eq!(
                navigate(d(from), key, first_weekday, first, last),
                d(expected),
                "{from} {key:?}"
            );
        }
    }
    // At the ends of the supported range, a move that would leave it stays.
    let (min, max) = (Date::MIN, Date::MAX);
    assert_eq!(navigate(max, NavigationKey::ArrowRight, 0, min, max), max);
    assert_eq!(navigate(min, NavigationKey::ArrowLeft, 0, min, max), min);
    let december = d("9999-12-15");
    assert_eq!(
        navigate(december, NavigationKey::PageDown, 0, min, max),
        december
    );
    let january = d("0001-01-15");
    assert_eq!(
        navigate(january, NavigationKey::PageUp, 0, min, max),
        january
    );
}

// PageUp and PageDown keep the day of the month, or take the month's last
// day when it has fewer (31 January → 28 or 29 February).
#[test]
fn navigate_page_keys_across_month_ends() {
    let (first, last) = (Date::MIN, Date::MAX);
    let cases = [
        ("2020-01-31", NavigationKey::PageDown, "2020-02-29"),
        ("2019-01-31", NavigationKey::PageDown, "2019-02-28"),
        ("2100-01-31", NavigationKey::PageDown, "2100-02-28"),
        ("2000-01-31", NavigationKey::PageDown, "2000-02-29"),
        ("2019-08-31", NavigationKey::PageDown, "2019-09-30"),
        ("2019-12-31", NavigationKey::PageDown, "2020-01-31"),
        ("2019-12-15", NavigationKey::PageDown, "2020-01-15"),
        ("2019-03-31", NavigationKey::PageUp, "2019-02-28"),
        ("2020-03-31", NavigationKey::PageUp, "2020-02-29"),
        ("2020-03-30", NavigationKey::PageUp, "2020-02-29"),
        ("2019-10-31", NavigationKey::PageUp, "2019-09-30"),
        ("2020-01-15", NavigationKey::PageUp, "2019-12-15"),
        ("2020-02-29", NavigationKey::PageUp, "2020-01-29"),
        ("2020-02-29", NavigationKey::PageDown, "2020-03-29"),
    ];
    for (from, key, expected) in cases {
        assert_eq!(
            navigate(d(from), key, 1, first, last),
            d(expected),
            "{from} {key:?}"
        );
    }
    // So PageDown then PageUp does not always come back.
    let there = navigate(d("2019-01-31"), NavigationKey::PageDown, 1, first, last);
    assert_eq!(
        navigate(there, NavigationKey::PageUp, 1, first, last),
        d("2019-01-28")
    );
}

// The `KeyboardEvent.key` values that navigate, and only those.
#[test]
fn navigation_keys_by_name() {
    for key in NavigationKey::ALL {
        let name = match key {
            NavigationKey::ArrowLeft => "ArrowLeft",
            NavigationKey::ArrowRight => "ArrowRight",
            NavigationKey::ArrowUp => "ArrowUp",
            NavigationKey::ArrowDown => "ArrowDown",
            NavigationKey::Home => "Home",
            NavigationKey::End => "End",
            NavigationKey::PageUp => "PageUp",
            NavigationKey::PageDown => "PageDown",
        };
        assert_eq!(NavigationKey::from_key(name), Some(key));
    }
    for other in [
        "",
        "Tab",
        "Enter",
        " ",
        "arrowleft",
        "Left",
        "PAGEUP",
        "End ",
    ] {
        assert_eq!(NavigationKey::from_key(other), None, "{other:?}");
    }
}

// ---- timeline() -------------------------------------------------------------

// R5 −15, R1, R2, R5 +23, R3, R4 and C4's deadline, in date order.
#[test]
fn timeline_of_the_worked_examples_in_date_order() {
    use TimelineEvent::*;
    let expected_1 = [
        ("2019-08-17", FirstReminder),
        ("2019-09-01", Anniversary),
        ("2019-09-02", WindowOpens),
        ("2019-09-24", SecondReminder),
        ("2019-10-01", LastDayToRenew),
        ("2019-10-02", LossDate),
    ];
    assert_eq!(
        timeline(&example_1()),
        expected_1.map(|(date, e)| (d(date), e))
    );
    let expected_3 = [
        ("2020-02-24", FirstReminder),
        ("2020-03-10", Anniversary),
        ("2020-03-11", WindowOpens),
        ("2020-04-02", SecondReminder),
        ("2020-04-09", LastDayToRenew),
        ("2020-04-10", LossDate),
        ("2020-06-30", ReactivationDeadline),
    ];
    assert_eq!(
        timeline(&example_3()),
        expected_3.map(|(date, e)| (d(date), e))
    );
    // No deadline, no event: not moved, or lost after 2020-06-30 (C4).
    let not_moved = extended(&bought(Offer::Competency, "2019-03-10"), false);
    let late = extended(&from_anniversary(Offer::Competency, "2020-05-31"), true);
    for window in [not_moved, late] {
        let events: Vec<TimelineEvent> = timeline(&window).iter().map(|(_, e)| *e).collect();
        assert_eq!(events.len(), 6);
        assert!(!events.contains(&ReactivationDeadline));
    }
}

// Events of one day keep the documented order (`TimelineEvent::ALL`): the
// loss date and the reactivation deadline on 2020-06-30 (docs/rules.md#c4);
// and, in a window built by hand with every date on one day, all seven.
#[test]
fn timeline_events_of_one_day_keep_the_documented_order() {
    use TimelineEvent::*;
    let expected = [
        ("2020-05-15", FirstReminder),
        ("2020-05-30", Anniversary),
        ("2020-05-31", WindowOpens),
        ("2020-06-22", SecondReminder),
        ("2020-06-29", LastDayToRenew),
        ("2020-06-30", LossDate),
        ("2020-06-30", ReactivationDeadline),
    ];
    assert_eq!(
        timeline(&loss_on_the_deadline()),
        expected.map(|(date, e)| (d(date), e))
    );

    let mut one_day = example_3();
    let day = d("2020-06-30");
    one_day.anniversary = day;
    one_day.window_opens = day;
    one_day.last_day_to_renew = day;
    one_day.loss_date = day;
    one_day.reminders[0].date = day;
    one_day.reminders[1].date = day;
    assert_eq!(timeline(&one_day), TimelineEvent::ALL.map(|e| (day, e)));

    // Dates out of the usual order are sorted: a first reminder moved by hand
    // after the loss date comes after it.
    let mut moved_reminder = example_3();
    moved_reminder.reminders[0].date = d("2020-05-01");
    let events: Vec<TimelineEvent> = timeline(&moved_reminder).iter().map(|(_, e)| *e).collect();
    assert_eq!(
        events,
        [
            Anniversary,
            WindowOpens,
            SecondReminder,
            LastDayToRenew,
            LossDate,
            FirstReminder,
            ReactivationDeadline
        ]
    );
}

// The names of the events are their iCalendar UIDs' first part.
#[test]
fn timeline_event_names() {
    for event in TimelineEvent::ALL {
        let name = match event {
            TimelineEvent::FirstReminder => "first-reminder",
            TimelineEvent::Anniversary => "anniversary",
            TimelineEvent::WindowOpens => "window-opens",
            TimelineEvent::SecondReminder => "second-reminder",
            TimelineEvent::LastDayToRenew => "last-day",
            TimelineEvent::LossDate => "loss",
            TimelineEvent::ReactivationDeadline => "reactivation-deadline",
        };
        assert_eq!(event.name(), name);
    }
}

// ---- notes() ----------------------------------------------------------------

/// A note and the date it names, typed by hand.
type NoteOn = (Note, Option<&'static str>);

// docs/rules.md#notes: each decision's note, when it applies, with the date
// it names, in the order of `Note::ALL`.
#[test]
fn notes_for_each_decision() {
    let leap_mar1 = window(
        Offer::ActionPack,
        Start::Purchase(d("2016-02-29")),
        LeapDay::Mar1,
    );
    let cases: [(&str, RenewalWindow, Vec<NoteOn>); 11] = [
        // R6 across 2020-02-29: 2019-09-01 → 2020-08-31.
        ("example 1", example_1(), vec![(Note::RenewalDrift, None)]),
        // R1 from the anniversary; 2018-10-15 → 2019-10-15, no drift.
        (
            "example 2",
            from_anniversary(Offer::Competency, "2018-10-15"),
            vec![(Note::FromAnniversary, None)],
        ),
        // C3 and C4.
        (
            "example 3",
            example_3(),
            vec![
                (Note::ExtendedIn2021, Some("2021-03-10")),
                (Note::Reactivation, Some("2020-06-30")),
            ],
        ),
        // R1's February 29, both options (2017-02-28 → 2018-02-28, 2017-03-01 → 2018-03-01).
        (
            "bought 2016-02-29",
            bought(Offer::ActionPack, "2016-02-29"),
            vec![(Note::LeapDayFeb28, None)],
        ),
        (
            "bought 2016-02-29, March 1",
            leap_mar1,
            vec![(Note::LeapDayMar1, None)],
        ),
        // No decision shaped these: no February 29 in 2021-10-15 + 365 days.
        (
            "bought 2020-10-15",
            bought(Offer::ActionPack, "2020-10-15"),
            vec![],
        ),
        (
            "bought 2019-03-10",
            bought(Offer::Competency, "2019-03-10"),
            vec![],
        ),
        // C3 replaces R6, whose 365 days would drift to 2020-12-31.
        (
            "anniversary 2020-01-01, moved",
            extended(&from_anniversary(Offer::Competency, "2020-01-01"), true),
            vec![
                (Note::FromAnniversary, None),
                (Note::ExtendedIn2021, Some("2021-01-01")),
                (Note::Reactivation, Some("2020-06-30")),
            ],
        ),
        // C3 without C4: lost on 2020-07-01, after the deadline.
        (
            "anniversary 2020-05-31, moved",
            extended(&from_anniversary(Offer::Competency, "2020-05-31"), true),
            vec![
                (Note::FromAnniversary, None),
                (Note::ExtendedIn2021, Some("2021-05-31")),
            ],
        ),
        // Not eligible (C1): R6 stands, and drifts.
        (
            "competency bought 2018-09-01, moved",
            extended(&bought(Offer::Competency, "2018-09-01"), true),
            vec![(Note::RenewalDrift, None)],
        ),
        (
            "competency bought 2019-03-10, not moved",
            extended(&bought(Offer::Competency, "2019-03-10"), false),
            vec![],
        ),
    ];
    let mut seen = Vec::new();
    for (name, window, expected) in cases {
        let got = notes(&window);
        let expected: Vec<(Note, Option<Date>)> = expected
            .into_iter()
            .map(|(note, date)| (note, date.map(d)))
            .collect();
        assert_eq!(got, expected, "{name}");
        let positions: Vec<usize> = got
            .iter()
            .map(|(note, _)| Note::ALL.iter().position(|n| n == note).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|pair| pair[0] < pair[1]),
            "{name}: not in Note::ALL order"
        );
        seen.extend(got.into_iter().map(|(note, _)| note));
    }
    // Every note appears in some case above.
    for note in Note::ALL {
        assert!(seen.contains(&note), "no case gives {note:?}");
    }
}

// ---- the rest of what tests/dom.rs checks once drawn ------------------------

// The words and facts behind tests/dom.rs's labels, captions, timeline and
// status, natively (dates in words that the French "1er" would change are
// left to the browser suite).
#[test]
fn facts_behind_the_browser_suites_words() {
    // "Sunday, September 1, 2019, anniversary"; the caption "August 2019";
    // the first column "Sunday" in English, "lundi" in French.
    assert_eq!(
        write_date(Lang::En, DateStyle::Full, d("2019-09-01")),
        "Sunday, September 1, 2019"
    );
    assert_eq!(Lang::En.mark(Mark::Anniversary), "anniversary");
    assert_eq!(
        write_date(Lang::En, DateStyle::Month, d("2019-08-01")),
        "August 2019"
    );
    assert_eq!(
        write_date(Lang::Fr, DateStyle::Month, d("2019-08-01")),
        "août 2019"
    );
    // 2019-09-01 is a Sunday, 2019-09-02 a Monday.
    assert_eq!(Lang::En.first_weekday(), 0);
    assert_eq!(Lang::Fr.first_weekday(), 1);
    assert_eq!(
        write_date(Lang::En, DateStyle::WeekdayLong, d("2019-09-01")),
        "Sunday"
    );
    assert_eq!(
        write_date(Lang::Fr, DateStyle::WeekdayLong, d("2019-09-02")),
        "lundi"
    );
    // "…, fenêtre de renouvellement, dernier jour pour renouveler".
    assert_eq!(
        marks_on(&example_1(), None, d("2019-10-01"))
            .iter()
            .map(|mark| Lang::Fr.mark(mark))
            .collect::<Vec<_>>(),
        ["fenêtre de renouvellement", "dernier jour pour renouveler"]
    );

    // The timeline: six items, the first "August 17, 2019: first reminder…".
    let window = example_1();
    let events = timeline(&window);
    assert_eq!(events.len(), 6);
    assert_eq!(events[0], (d("2019-08-17"), TimelineEvent::FirstReminder));
    assert_eq!(
        write_date(Lang::En, DateStyle::Long, events[0].0),
        "August 17, 2019"
    );
    assert_eq!(Lang::En.colon(), ": ");
    assert_eq!(
        Lang::En.event(TimelineEvent::FirstReminder),
        "first reminder from Microsoft, 15 days before the anniversary"
    );
    assert_eq!(events[5], (d("2019-10-02"), TimelineEvent::LossDate));
    // The status on 2019-09-20: in the window, 12 days left; on 2019-10-01, 1 day.
    let status = status_on(&window, d("2019-09-20"));
    assert_eq!(
        (status.phase, status.days_left_to_renew),
        (Phase::RenewalWindow, Some(12))
    );
    assert_eq!(
        status_on(&window, d("2019-10-01")).days_left_to_renew,
        Some(1)
    );
    assert_eq!(Lang::En.days("12"), "12 days");
    assert_eq!(Lang::En.days("1"), "1 day");
    assert_eq!(Lang::Fr.days("1"), "1\u{A0}jour");
    // The next anniversary, "August 31, 2020", and the note on 365 days.
    assert_eq!(
        write_date(Lang::En, DateStyle::Long, window.next_anniversary),
        "August 31, 2020"
    );
    assert_eq!(notes(&window), [(Note::RenewalDrift, None)]);
    assert!(Lang::En.note(Note::RenewalDrift).contains("365 days"));

    // A competency bought on 2016-02-29, in French: "13 février 2017 : premier
    // rappel…", and the note on 29 and 28 February.
    let leap = bought(Offer::Competency, "2016-02-29");
    let first = timeline(&leap)[0];
    assert_eq!(first, (d("2017-02-13"), TimelineEvent::FirstReminder));
    assert_eq!(
        write_date(Lang::Fr, DateStyle::Long, first.0),
        "13 février 2017"
    );
    assert_eq!(Lang::Fr.colon(), "\u{202F}: ");
    assert_eq!(
        Lang::Fr.event(TimelineEvent::FirstReminder),
        "premier rappel de Microsoft, 15 jours avant la date anniversaire"
    );
    assert_eq!(notes(&leap), [(Note::LeapDayFeb28, None)]);
    let note = Lang::Fr.note(Note::LeapDayFeb28);
    assert!(
        note.contains("29 février") && note.contains("28 février"),
        "{note}"
    );
}
