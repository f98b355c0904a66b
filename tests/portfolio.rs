//! Several offers at once (`src/rules/portfolio.rs`): the agenda is every
//! offer's own timeline, merged in a stated order, and `next` is the first
//! item on or after today. Worked examples of `docs/rules.md#examples`.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::rules::portfolio::{agenda, next, AgendaItem, MAX_OFFERS};
use mpn_renewal_calendar::rules::timeline::{timeline, TimelineEvent};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};

fn date(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

fn window(offer: Offer, start: Start) -> RenewalWindow {
    compute_window(WindowRequest {
        offer,
        start,
        leap_day: LeapDay::Feb28,
    })
    .unwrap()
}

/// Example 1 (Action Pack bought 2018-09-01), example 2 (anniversary
/// 2018-10-15) and example 3 (competency bought 2019-03-10).
fn examples() -> Vec<RenewalWindow> {
    vec![
        window(Offer::ActionPack, Start::Purchase(date("2018-09-01"))),
        window(Offer::ActionPack, Start::Anniversary(date("2018-10-15"))),
        window(Offer::Competency, Start::Purchase(date("2019-03-10"))),
    ]
}

#[test]
fn each_offer_has_exactly_its_own_timeline() {
    let windows = examples();
    let items = agenda(&windows.iter().map(Some).collect::<Vec<_>>());
    for (index, window) in windows.iter().enumerate() {
        let own: Vec<(Date, TimelineEvent)> = items
            .iter()
            .filter(|item| item.offer_index == index)
            .map(|item| (item.date, item.event))
            .collect();
        assert_eq!(own, timeline(window), "offer {index}");
    }
    assert_eq!(
        items.len(),
        windows
            .iter()
            .map(|window| timeline(window).len())
            .sum::<usize>()
    );
}

#[test]
fn agenda_is_by_date_then_offer_then_event() {
    // The same offer twice: every date is shared by offers 0 and 1.
    let action_pack = window(Offer::ActionPack, Start::Purchase(date("2018-09-01")));
    let items = agenda(&[Some(&action_pack), None, Some(&action_pack)]);
    let rank = |event| {
        TimelineEvent::ALL
            .iter()
            .position(|known| *known == event)
            .unwrap()
    };
    for pair in items.windows(2) {
        let key = |item: &AgendaItem| (item.date, item.offer_index, rank(item.event));
        assert!(key(&pair[0]) < key(&pair[1]), "{pair:?}");
    }
    // Same date across offers: the first offer first.
    assert_eq!(items[0].date, items[1].date);
    assert_eq!((items[0].offer_index, items[1].offer_index), (0, 2));
    // An offer without a window (index 1) has no event.
    assert!(items.iter().all(|item| item.offer_index != 1));
}

/// No real window has two events on one day, but the order is stated for it:
/// a window whose second reminder is moved onto its last day (a made-up
/// case) lists the reminder first, as TimelineEvent::ALL does.
#[test]
fn same_date_within_one_offer_keeps_the_event_order() {
    let mut window = window(Offer::ActionPack, Start::Purchase(date("2018-09-01")));
    window.reminders[1].date = window.last_day_to_renew;
    let other = window.clone();
    let items = agenda(&[Some(&window), Some(&other)]);
    let on_last_day: Vec<(usize, TimelineEvent)> = items
        .iter()
        .filter(|item| item.date == window.last_day_to_renew)
        .map(|item| (item.offer_index, item.event))
        .collect();
    assert_eq!(
        on_last_day,
        [
            (0, TimelineEvent::SecondReminder),
            (0, TimelineEvent::LastDayToRenew),
            (1, TimelineEvent::SecondReminder),
            (1, TimelineEvent::LastDayToRenew),
        ]
    );
}

#[test]
fn next_at_the_edges() {
    let windows = examples();
    let items = agenda(&windows.iter().map(Some).collect::<Vec<_>>());
    // Before everything: the first item.
    assert_eq!(next(&items, date("2000-01-01")), Some(0));
    // Today on an event's day: that event (example 1's anniversary, R1).
    let on_anniversary = next(&items, date("2019-09-01")).unwrap();
    assert_eq!(items[on_anniversary].date, date("2019-09-01"));
    assert_eq!(items[on_anniversary].event, TimelineEvent::Anniversary);
    // The day after an event: the one after it.
    let after = next(&items, date("2019-09-02")).unwrap();
    assert_eq!(items[after].date, date("2019-09-02"));
    // After every event: none.
    let last = items.last().unwrap().date;
    assert_eq!(next(&items, last), Some(items.len() - 1));
    assert_eq!(next(&items, last.add_days(1).unwrap()), None);
}

#[test]
fn fifty_offers_are_computed_as_fifty_single_offers() {
    let windows: Vec<RenewalWindow> = (0..MAX_OFFERS)
        .map(|index| {
            let offer = if index % 2 == 0 {
                Offer::ActionPack
            } else {
                Offer::Competency
            };
            let day = date("2015-01-01").add_days(index as i64 * 47).unwrap();
            window(offer, Start::Purchase(day))
        })
        .collect();
    let items = agenda(&windows.iter().map(Some).collect::<Vec<_>>());
    assert_eq!(items.len(), MAX_OFFERS * 6);
    for (index, window) in windows.iter().enumerate() {
        assert_eq!(
            items
                .iter()
                .filter(|item| item.offer_index == index)
                .count(),
            timeline(window).len()
        );
    }
}
