//! The words layer: every sentence and label of the widget and its page, in
//! English ([`en`]) and French ([`fr`]), looked up by typed keys ([`Words`]);
//! dates in words ([`write_date`]); and the English sentences of the
//! JavaScript contract ([`contract`]). Words turn the rules' facts into
//! sentences; they know nothing of the DOM.

pub mod contract;
mod dates;
pub mod en;
pub mod fr;
pub mod sentences;
pub mod words;

pub use dates::{day_of_month, write_date, write_date_into, write_day_of_month, DateStyle};
pub use words::Words;

use crate::calendar::model::Mark;
use crate::date::Date;
use crate::error::ErrorCode;
use crate::rules::covid_outcome::Reason;
use crate::rules::notes::Note;
use crate::rules::status::Phase;
use crate::rules::timeline::TimelineEvent;
use crate::rules::Offer;
use crate::text::decimal;

/// A language of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Both languages, the default first (`LANGS` of the element is generated
    /// from this list).
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language of a BCP 47 tag: French for `fr` and `fr-*`, English for
    /// everything else. The element and the page resolve a list of candidate
    /// tags with the same rule (`resolveLang` in `www/mpn-renewal-calendar.js`):
    /// the first whose primary subtag is a language of [`Lang::ALL`].
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
    /// assert_eq!(Lang::from_tag("de"), Lang::En);
    /// ```
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
            .unwrap_or_default()
    }

    /// The tag of `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The first day of the week, 0 for Sunday, 1 for Monday: Sunday in
    /// English (the United States' convention), Monday in French.
    pub fn first_weekday(self) -> u32 {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }

    /// Every word in this language.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// assert_eq!(Lang::Fr.words().ui.timeline, "Chronologie");
    /// ```
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::EN,
            Lang::Fr => &fr::FR,
        }
    }

    /// The word for a mark of a day.
    pub fn mark(self, mark: Mark) -> &'static str {
        let words = &self.words().marks;
        match mark {
            Mark::Anniversary => words.anniversary,
            Mark::Window => words.window,
            Mark::LastDay => words.last_day,
            Mark::Reminder => words.reminder,
            Mark::Loss => words.loss,
            Mark::ReactivationDeadline => words.reactivation_deadline,
            Mark::Today => words.today,
        }
    }

    /// The sentence for an event of the timeline.
    pub fn event(self, event: TimelineEvent) -> &'static str {
        let words = &self.words().events;
        match event {
            TimelineEvent::FirstReminder => words.first_reminder,
            TimelineEvent::Anniversary => words.anniversary,
            TimelineEvent::WindowOpens => words.window_opens,
            TimelineEvent::SecondReminder => words.second_reminder,
            TimelineEvent::LastDayToRenew => words.last_day_to_renew,
            TimelineEvent::LossDate => words.loss_date,
            TimelineEvent::ReactivationDeadline => words.reactivation_deadline,
        }
    }

    /// The offer's name.
    pub fn offer(self, offer: Offer) -> &'static str {
        match offer {
            Offer::ActionPack => self.words().action_pack,
            Offer::Competency => self.words().competency,
        }
    }

    /// The status sentence of a phase (a template: see [`Words::status`]).
    pub fn status(self, phase: Phase) -> &'static str {
        let words = &self.words().status;
        match phase {
            Phase::BeforePurchase => words.before_purchase,
            Phase::Active => words.active,
            Phase::RenewalWindow => words.renewal_window,
            Phase::Reactivation => words.reactivation,
            Phase::Lost => words.lost,
        }
    }

    /// A number of days in words, singular or plural: "1 day", "12 days".
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// assert_eq!(Lang::En.days("1"), "1 day");
    /// assert_eq!(Lang::Fr.days("12"), "12\u{A0}jours");
    /// ```
    pub fn days(self, count: &str) -> String {
        let words = self.words();
        let unit = if count == "1" { words.day } else { words.days };
        let mut text = String::with_capacity(count.len() + unit.len());
        text.push_str(count);
        text.push_str(unit);
        text
    }

    /// How far `date` is from `today`, for an agenda on or after today:
    /// "today", "in 1 day", "in 12 days".
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// use mpn_renewal_calendar::Date;
    /// let today = Date::parse("2020-03-01")?;
    /// assert_eq!(Lang::En.from_today(today, today), "today");
    /// assert_eq!(Lang::En.from_today(Date::parse("2020-03-12")?, today), "in 11 days");
    /// assert_eq!(Lang::Fr.from_today(Date::parse("2020-03-02")?, today), "dans 1\u{A0}jour");
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn from_today(self, date: Date, today: Date) -> String {
        let [on_today, in_days] = self.words().from_today;
        match today.days_until(date) {
            0 => String::from(on_today),
            count => fill_template(in_days, &[&self.days(&decimal(count.unsigned_abs()))]),
        }
    }

    /// Said after the status when a reminder is sent that day.
    pub fn reminder_today(self) -> &'static str {
        self.words().reminder_today
    }

    /// The next anniversary after renewing (R6), a template.
    pub fn next_anniversary(self) -> &'static str {
        self.words().next_anniversary
    }

    /// The COVID-19 outcome's sentence for a reason, a template.
    pub fn covid(self, reason: Reason) -> &'static str {
        let words = &self.words().covid;
        match reason {
            Reason::Eligible => words.eligible,
            Reason::NotACompetency => words.not_a_competency,
            Reason::AnniversaryOutsideRange => words.anniversary_outside_range,
            Reason::NotMovedToPartnerCenter => words.not_moved_to_partner_center,
        }
    }

    /// The note of one of the project's decisions, a template.
    pub fn note(self, note: Note) -> &'static str {
        let words = &self.words().notes;
        match note {
            Note::LeapDayFeb28 => words.leap_day_feb28,
            Note::LeapDayMar1 => words.leap_day_mar1,
            Note::RenewalDrift => words.renewal_drift,
            Note::ExtendedIn2021 => words.extended_in_2021,
            Note::Reactivation => words.reactivation,
            Note::FromAnniversary => words.from_anniversary,
        }
    }

    /// What an error code means, for a person.
    pub fn error(self, code: ErrorCode) -> &'static str {
        let words = &self.words().errors;
        match code {
            ErrorCode::InvalidInput => words.invalid_input,
            ErrorCode::MissingField => words.missing_field,
            ErrorCode::ConflictingFields => words.conflicting_fields,
            ErrorCode::InvalidDate => words.invalid_date,
            ErrorCode::DateOutOfRange => words.date_out_of_range,
            ErrorCode::InvalidOffer => words.invalid_offer,
            ErrorCode::NoRenewalRequired => words.no_renewal_required,
            ErrorCode::InvalidOption => words.invalid_option,
        }
    }

    /// What separates a date from its text: ": " in English, " : " in French
    /// (with a narrow no-break space, as French typography wants).
    pub fn colon(self) -> &'static str {
        self.words().colon
    }

    /// What the element says when its WebAssembly module cannot load (not
    /// linked into the module: the element's `LOAD_FAILED` is generated
    /// from it).
    pub fn load_failed(self) -> &'static str {
        match self {
            Lang::En => en::LOAD_FAILED,
            Lang::Fr => fr::LOAD_FAILED,
        }
    }

    /// The page's own words (not linked into the module: `www/page-words.js`
    /// is generated from them).
    pub fn page_words(self) -> &'static words::PageWords {
        match self {
            Lang::En => &en::PAGE,
            Lang::Fr => &fr::PAGE,
        }
    }

    /// The element's words with their `uiStrings` keys, which are part of
    /// the JavaScript contract.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// let strings = Lang::En.ui_strings();
    /// assert!(strings.contains(&("INVALID_DATE", "the date must be a day that exists, written YYYY-MM-DD.")));
    /// ```
    pub fn ui_strings(self) -> [(&'static str, &'static str); 18] {
        let ui = &self.words().ui;
        let errors = &self.words().errors;
        // Written out rather than mapped over ErrorCode::ALL: the same keys,
        // and less code in the wasm module (tests/web.rs checks every code).
        [
            ("download", ui.download),
            ("legend", ui.legend),
            ("timeline", ui.timeline),
            ("notes", ui.notes),
            ("errorTitle", ui.error_title),
            (ErrorCode::InvalidInput.as_str(), errors.invalid_input),
            (ErrorCode::MissingField.as_str(), errors.missing_field),
            (
                ErrorCode::ConflictingFields.as_str(),
                errors.conflicting_fields,
            ),
            (ErrorCode::InvalidDate.as_str(), errors.invalid_date),
            (ErrorCode::DateOutOfRange.as_str(), errors.date_out_of_range),
            (ErrorCode::InvalidOffer.as_str(), errors.invalid_offer),
            (
                ErrorCode::NoRenewalRequired.as_str(),
                errors.no_renewal_required,
            ),
            (ErrorCode::InvalidOption.as_str(), errors.invalid_option),
            ("restarted", ui.restarted),
            ("INTERNAL", ui.internal),
            ("statusPending", ui.status_pending),
            ("offers", ui.offers),
            ("agenda", ui.agenda),
        ]
    }
}

/// Replaces each `{}` of `template` with the next of `values`, in order.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::i18n::fill_template;
/// assert_eq!(fill_template("On {}: {} left.", &["Monday", "3"]), "On Monday: 3 left.");
/// ```
pub fn fill_template(template: &str, values: &[&str]) -> String {
    // By hand rather than with `split("{}")`: a string pattern brings a
    // substring searcher (about 2 KB) into the wasm for this one use.
    let mut text = String::with_capacity(template.len() + 32);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        // `get` rather than `split_at`: no panic path in the wasm (`at` is
        // a character boundary anyway).
        let (before, from_brace) = (
            rest.get(..at).unwrap_or_default(),
            rest.get(at..).unwrap_or_default(),
        );
        text.push_str(before);
        match from_brace.strip_prefix("{}") {
            Some(after) => {
                text.push_str(values.next().copied().unwrap_or_default());
                rest = after;
            }
            None => {
                text.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of a language, to check them all at once. A new field of
    /// [`Words`] must be added here: the destructuring below names every
    /// field, so it does not compile until it is.
    fn every_word(words: &Words) -> Vec<&'static str> {
        let Words {
            marks: _,
            events: _,
            action_pack,
            competency,
            status_on,
            status: _,
            day,
            days,
            reminder_today,
            from_today,
            next_anniversary,
            covid: _,
            notes: _,
            colon,
            semicolon,
            of_offer,
            offers_on,
            ui: _,
            errors: _,
            calendar_file,
            dates,
        } = *words;
        let mut all = vec![
            action_pack,
            competency,
            day,
            days,
            reminder_today,
            next_anniversary,
            colon,
            semicolon,
            of_offer,
            status_on,
            offers_on,
            calendar_file.source,
            calendar_file.rule,
            calendar_file.rules,
        ];
        all.extend(from_today);
        all.extend(dates.months);
        all.extend(dates.weekdays);
        all.extend(dates.weekdays_short);
        all
    }

    fn sentences(lang: Lang) -> Vec<&'static str> {
        let mut all = every_word(lang.words());
        all.push(lang.load_failed());
        all.extend(lang.page_words().entries().map(|(_, word)| word));
        all.extend(lang.ui_strings().map(|(_, word)| word));
        all.extend(Mark::ALL.map(|mark| lang.mark(mark)));
        all.extend(TimelineEvent::ALL.map(|event| lang.event(event)));
        all.extend(Phase::ALL.map(|phase| lang.status(phase)));
        all.extend(Reason::ALL.map(|reason| lang.covid(reason)));
        all.extend(Note::ALL.map(|note| lang.note(note)));
        all.extend(Offer::ALL.map(|offer| lang.offer(offer)));
        all
    }

    #[test]
    fn every_word_is_written() {
        for lang in Lang::ALL {
            for word in sentences(lang) {
                assert!(!word.trim().is_empty(), "{lang:?}: an empty word");
            }
        }
        // French writes "1er"; English writes nothing after the day.
        assert_eq!(Lang::En.words().dates.first_of_month, "");
    }

    #[test]
    fn every_error_code_has_its_ui_word() {
        for lang in Lang::ALL {
            for code in ErrorCode::ALL {
                assert!(
                    lang.ui_strings()
                        .contains(&(code.as_str(), lang.error(code))),
                    "{code:?}"
                );
            }
        }
    }

    #[test]
    fn ui_keys_are_unique() {
        let keys = Lang::En.ui_strings().map(|(key, _)| key);
        for (index, key) in keys.iter().enumerate() {
            assert!(!keys[index + 1..].contains(key), "{key} twice");
        }
        assert_eq!(keys, Lang::Fr.ui_strings().map(|(key, _)| key));
    }

    /// The DOM writer separates its instructions with control characters
    /// (`calendar/dom.rs`), so no word of the widget may contain one.
    #[test]
    fn no_word_contains_a_control_character() {
        for lang in Lang::ALL {
            for word in sentences(lang) {
                assert!(!word.chars().any(char::is_control), "{word:?}");
            }
        }
    }

    #[test]
    fn french_puts_a_narrow_no_break_space_before_a_colon_that_follows_a_date() {
        assert_eq!(Lang::Fr.colon(), "\u{202F}: ");
        assert!(Lang::Fr
            .words()
            .calendar_file
            .source
            .starts_with("Source\u{202F}: "));
        assert_eq!(Lang::En.colon(), ": ");
    }

    #[test]
    fn fill_keeps_a_brace_that_is_not_a_hole() {
        assert_eq!(fill_template("{x} {} {", &["1", "2"]), "{x} 1 {");
        assert_eq!(fill_template("{}{}", &["a"]), "a");
        assert_eq!(fill_template("é{}è", &["ü"]), "éüè");
    }

    #[test]
    fn templates_take_as_many_values_as_they_have_holes() {
        for lang in Lang::ALL {
            let words = lang.words();
            assert_eq!(words.status_on.matches("{}").count(), 2);
            assert_eq!(words.offers_on.matches("{}").count(), 1);
            assert_eq!(lang.status(Phase::BeforePurchase).matches("{}").count(), 0);
            assert_eq!(lang.status(Phase::RenewalWindow).matches("{}").count(), 2);
            assert_eq!(lang.status(Phase::Active).matches("{}").count(), 1);
            assert_eq!(lang.covid(Reason::Eligible).matches("{}").count(), 1);
            assert_eq!(lang.note(Note::ExtendedIn2021).matches("{}").count(), 1);
        }
    }
}
