//! The calendar as data: which months, which marks on which day, the
//! timeline in date order, the notes, and where the arrow keys lead.
//! Nothing here touches the DOM.

use crate::date::Date;
use crate::rules::window::RenewalWindow;

/// Something a day can be marked with. The names are the contract of the
/// `data-marks` and `part` attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// R1.
    Anniversary,
    /// R2, R3: every day of the renewal window.
    Window,
    /// R3.
    LastDay,
    /// R5.
    Reminder,
    /// R4.
    Loss,
    /// C4.
    ReactivationDeadline,
    /// The "what if today is" day.
    Today,
}

impl Mark {
    /// Every mark, in the order names are listed in `data-marks`.
    pub const ALL: [Mark; 7] = [
        Mark::Anniversary,
        Mark::Window,
        Mark::LastDay,
        Mark::Reminder,
        Mark::Loss,
        Mark::ReactivationDeadline,
        Mark::Today,
    ];

    /// The name used in `data-marks` and `part`.
    pub fn name(self) -> &'static str {
        match self {
            Mark::Anniversary => "anniversary",
            Mark::Window => "window",
            Mark::LastDay => "last-day",
            Mark::Reminder => "reminder",
            Mark::Loss => "loss",
            Mark::ReactivationDeadline => "reactivation-deadline",
            Mark::Today => "today",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Marks(u8);

impl Marks {
    /// Whether `mark` is in the set.
    pub fn contains(self, mark: Mark) -> bool {
        self.0 & mark.bit() != 0
    }

    /// The marks of either set.
    pub fn union(self, other: Marks) -> Marks {
        Marks(self.0 | other.0)
    }

    /// Adds `mark` when `condition` holds.
    pub fn add_if(&mut self, mark: Mark, condition: bool) {
        if condition {
            self.0 |= mark.bit();
        }
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The marks in the set, in [`Mark::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Mark> {
        Mark::ALL
            .into_iter()
            .filter(move |mark| self.contains(*mark))
    }

    /// The names, space-separated, as `data-marks` holds them.
    pub fn names(self) -> String {
        let mut names = String::new();
        for mark in self.iter() {
            if !names.is_empty() {
                names.push(' ');
            }
            names.push_str(mark.name());
        }
        names
    }
}

/// The dates that decide every day's marks, "today" aside: R1 (anniversary),
/// R2 and R3 (the window), R4 (loss), R5 (reminders), C4 (reactivation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MarkDates {
    /// R1.
    pub anniversary: Date,
    /// R2.
    pub window_opens: Date,
    /// R3.
    pub last_day_to_renew: Date,
    /// R4.
    pub loss_date: Date,
    /// R5.
    pub reminders: [Date; 2],
    /// C4, when it applies.
    pub reactivation_deadline: Option<Date>,
}

impl MarkDates {
    /// The mark dates of a window.
    pub fn of(window: &RenewalWindow) -> MarkDates {
        MarkDates {
            anniversary: window.anniversary,
            window_opens: window.window_opens,
            last_day_to_renew: window.last_day_to_renew,
            loss_date: window.loss_date,
            reminders: [window.reminders[0].date, window.reminders[1].date],
            reactivation_deadline: window.reactivation_deadline(),
        }
    }

    /// The marks of `date` (see [`marks_on`]).
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::calendar::model::MarkDates;
    /// use mpn_renewal_calendar::rules::{window::*, Offer};
    /// use mpn_renewal_calendar::{Date, LeapDay};
    /// let window = compute_window(WindowRequest {
    ///     offer: Offer::ActionPack,
    ///     start: Start::Purchase(Date::parse("2018-09-01")?),
    ///     leap_day: LeapDay::Feb28,
    /// })?;
    /// let dates = MarkDates::of(&window);
    /// // R5: the second reminder, 23 days after the anniversary, in the window.
    /// let reminder = Date::parse("2019-09-24")?;
    /// assert_eq!(dates.marks_on(None, reminder).names(), "window reminder");
    /// assert_eq!(dates.marks_on(Some(reminder), reminder).names(), "window reminder today");
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn marks_on(&self, today: Option<Date>, date: Date) -> Marks {
        let mut marks = Marks::default();
        marks.add_if(Mark::Anniversary, date == self.anniversary);
        marks.add_if(
            Mark::Window,
            self.window_opens <= date && date <= self.last_day_to_renew,
        );
        marks.add_if(Mark::LastDay, date == self.last_day_to_renew);
        marks.add_if(Mark::Reminder, self.reminders.contains(&date));
        marks.add_if(Mark::Loss, date == self.loss_date);
        marks.add_if(
            Mark::ReactivationDeadline,
            self.reactivation_deadline == Some(date),
        );
        marks.add_if(Mark::Today, today == Some(date));
        marks
    }

    /// Whether a day from `first` to `last` (both included) has a mark,
    /// "today" aside: what asking [`MarkDates::marks_on`] of each of them
    /// would say, in a few comparisons.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::calendar::model::MarkDates;
    /// use mpn_renewal_calendar::rules::{window::*, Offer};
    /// use mpn_renewal_calendar::{Date, LeapDay};
    /// let window = compute_window(WindowRequest {
    ///     offer: Offer::ActionPack,
    ///     start: Start::Purchase(Date::parse("2018-09-01")?),
    ///     leap_day: LeapDay::Feb28,
    /// })?;
    /// let dates = MarkDates::of(&window);
    /// // R5: the first reminder, 2019-08-17, ends the week of 11 August.
    /// assert!(dates.marks_between(Date::parse("2019-08-11")?, Date::parse("2019-08-17")?));
    /// assert!(!dates.marks_between(Date::parse("2019-08-18")?, Date::parse("2019-08-24")?));
    /// // R2, R3: the window, 2019-09-02 to 2019-10-01, covers all of September's second week.
    /// assert!(dates.marks_between(Date::parse("2019-09-08")?, Date::parse("2019-09-14")?));
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn marks_between(&self, first: Date, last: Date) -> bool {
        let within = |date: Date| first <= date && date <= last;
        (self.window_opens <= last && first <= self.last_day_to_renew)
            || within(self.anniversary)
            || self.reminders.into_iter().any(within)
            || within(self.loss_date)
            || self.reactivation_deadline.is_some_and(within)
    }
}

/// The marks of one day.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::model::{marks_on, Mark};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let last_day = Date::parse("2019-10-01")?;
/// assert_eq!(marks_on(&window, None, last_day).names(), "window last-day");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn marks_on(window: &RenewalWindow, today: Option<Date>, date: Date) -> Marks {
    MarkDates::of(window).marks_on(today, date)
}

/// One day of a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayModel {
    /// The day.
    pub date: Date,
    /// Its marks.
    pub marks: Marks,
}

/// One whole month.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MonthModel {
    /// Its first day.
    pub first_day: Date,
    /// Empty cells before the first day, so that weeks start on the first weekday.
    pub leading_blanks: u32,
    /// Every day of the month, in order.
    pub days: Vec<DayModel>,
}

/// The whole calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarModel {
    /// From the month of the first reminder through the month of the loss
    /// date, or of the reactivation deadline when it applies.
    pub months: Vec<MonthModel>,
    /// 0 for Sunday, 1 for Monday.
    pub first_weekday: u32,
    /// The day that takes the keyboard focus first: today when shown, else the anniversary.
    pub focus: Date,
}

impl CalendarModel {
    /// The first day shown.
    pub fn first_shown(&self) -> Option<Date> {
        self.months.first().map(|month| month.first_day)
    }

    /// The last day shown.
    pub fn last_shown(&self) -> Option<Date> {
        self.months
            .last()
            .and_then(|month| month.days.last())
            .map(|day| day.date)
    }
}

/// The calendar of a window.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::model::calendar;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let model = calendar(&window, None, 1);
/// // August (first reminder) to October 2019 (loss date).
/// assert_eq!(model.months.len(), 3);
/// assert_eq!(model.months[0].leading_blanks, 3); // 2019-08-01 is a Thursday
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn calendar(window: &RenewalWindow, today: Option<Date>, first_weekday: u32) -> CalendarModel {
    portfolio_calendar(&[window], today, first_weekday)
}

/// The calendar of several windows (a portfolio of offers): the months from
/// the earliest first reminder through the latest loss date or reactivation
/// deadline, each day with the marks of every window on it; the focus is
/// today when shown, else the first window's anniversary. With one window,
/// [`calendar`].
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::model::portfolio_calendar;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = |offer, day| compute_window(WindowRequest {
///     offer,
///     start: Start::Purchase(Date::parse(day)?),
///     leap_day: LeapDay::Feb28,
/// });
/// // docs/rules.md#example-1 and #example-3: August 2019 to June 2020.
/// let action_pack = window(Offer::ActionPack, "2018-09-01")?;
/// let competency = window(Offer::Competency, "2019-03-10")?;
/// let model = portfolio_calendar(&[&action_pack, &competency], None, 0);
/// assert_eq!(model.months.len(), 9);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn portfolio_calendar(
    windows: &[&RenewalWindow],
    today: Option<Date>,
    first_weekday: u32,
) -> CalendarModel {
    let first_reminder = windows
        .iter()
        .flat_map(|window| window.reminders.iter().map(|reminder| reminder.date))
        .min()
        .unwrap_or(Date::MIN);
    let last = windows
        .iter()
        .map(|window| {
            window
                .reactivation_deadline()
                .map_or(window.loss_date, |deadline| deadline.max(window.loss_date))
        })
        .max()
        .unwrap_or(Date::MIN);
    let mark_dates: Vec<MarkDates> = windows.iter().map(|window| MarkDates::of(window)).collect();
    let mut months = Vec::new();
    let mut first_day = first_reminder.first_of_month();
    let last_month = last.first_of_month();
    // No window (every offer of a portfolio was bad): no month.
    while !windows.is_empty() && first_day <= last_month {
        let leading_blanks = (first_day.weekday_from_sunday() + 7 - first_weekday % 7) % 7;
        let last_day = first_day
            .add_days(i64::from(first_day.days_in_month()) - 1)
            .unwrap_or(first_day);
        // Of a portfolio's offers, those with a mark this month.
        let marking: Vec<&MarkDates> = mark_dates
            .iter()
            .filter(|dates| dates.marks_between(first_day, last_day))
            .collect();
        let days = (0..first_day.days_in_month())
            .filter_map(|offset| first_day.add_days(i64::from(offset)).ok())
            .map(|date| {
                let mut marks = Marks::default();
                marks.add_if(Mark::Today, today == Some(date));
                DayModel {
                    date,
                    marks: marking.iter().fold(marks, |marks, dates| {
                        marks.union(dates.marks_on(None, date))
                    }),
                }
            })
            .collect();
        months.push(MonthModel {
            first_day,
            leading_blanks,
            days,
        });
        match first_day.add_months(1) {
            Some(next) => first_day = next,
            None => break,
        }
    }
    let shown = |date: Date| {
        months
            .first()
            .zip(months.last().and_then(|month| month.days.last()))
            .is_some_and(|(first, last)| first.first_day <= date && date <= last.date)
    };
    let focus = today
        .filter(|today| shown(*today))
        .or(windows.first().map(|window| window.anniversary))
        .unwrap_or(Date::MIN);
    CalendarModel {
        months,
        first_weekday: first_weekday % 7,
        focus,
    }
}

/// A key that moves the focus between days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavigationKey {
    /// One day back.
    ArrowLeft,
    /// One day on.
    ArrowRight,
    /// One week back.
    ArrowUp,
    /// One week on.
    ArrowDown,
    /// The first day of the week.
    Home,
    /// The last day of the week.
    End,
    /// The same day a month back (clamped to the month's end).
    PageUp,
    /// The same day a month on (clamped to the month's end).
    PageDown,
}

impl NavigationKey {
    /// Every navigation key, in declaration order.
    pub const ALL: [NavigationKey; 8] = [
        NavigationKey::ArrowLeft,
        NavigationKey::ArrowRight,
        NavigationKey::ArrowUp,
        NavigationKey::ArrowDown,
        NavigationKey::Home,
        NavigationKey::End,
        NavigationKey::PageUp,
        NavigationKey::PageDown,
    ];

    /// The key of a `KeyboardEvent.key` value, if it navigates.
    pub fn from_key(key: &str) -> Option<NavigationKey> {
        Some(match key {
            "ArrowLeft" => NavigationKey::ArrowLeft,
            "ArrowRight" => NavigationKey::ArrowRight,
            "ArrowUp" => NavigationKey::ArrowUp,
            "ArrowDown" => NavigationKey::ArrowDown,
            "Home" => NavigationKey::Home,
            "End" => NavigationKey::End,
            "PageUp" => NavigationKey::PageUp,
            "PageDown" => NavigationKey::PageDown,
            _ => return None,
        })
    }
}

/// Where the focus goes from `from` with `key`, kept within `first..=last`.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::model::{navigate, NavigationKey};
/// use mpn_renewal_calendar::Date;
/// let (first, last) = (Date::parse("2019-08-01")?, Date::parse("2019-10-31")?);
/// let from = Date::parse("2019-09-01")?; // a Sunday
/// assert_eq!(navigate(from, NavigationKey::ArrowDown, 1, first, last).to_string(), "2019-09-08");
/// assert_eq!(navigate(from, NavigationKey::Home, 1, first, last).to_string(), "2019-08-26");
/// assert_eq!(navigate(from, NavigationKey::PageUp, 1, first, last).to_string(), "2019-08-01");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn navigate(
    from: Date,
    key: NavigationKey,
    first_weekday: u32,
    first: Date,
    last: Date,
) -> Date {
    let into_week = i64::from((from.weekday_from_sunday() + 7 - first_weekday % 7) % 7);
    let target = match key {
        NavigationKey::ArrowLeft => from.add_days(-1).ok(),
        NavigationKey::ArrowRight => from.add_days(1).ok(),
        NavigationKey::ArrowUp => from.add_days(-7).ok(),
        NavigationKey::ArrowDown => from.add_days(7).ok(),
        NavigationKey::Home => from.add_days(-into_week).ok(),
        NavigationKey::End => from.add_days(6 - into_week).ok(),
        NavigationKey::PageUp => from.add_months(-1),
        NavigationKey::PageDown => from.add_months(1),
    };
    target.unwrap_or(from).clamp(first, last)
}
