//! The French and English words of the widget: sentences with `{}` where a
//! date or number goes, and dates in words ([`write_date`], in `dates.rs`).
//!
//! The French terms are the article's own (*Renouveler vos offres MPN*):
//! « date anniversaire », « fenêtre de renouvellement », « Espace partenaires ».

pub mod contract;
mod dates;

pub use dates::{write_date, DateStyle};

use crate::calendar::model::Mark;
use crate::rules::covid_outcome::Reason;
use crate::rules::notes::Note;
use crate::rules::status::Phase;
use crate::rules::timeline::TimelineEvent;
use crate::rules::Offer;

/// A language of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// The language of a BCP 47 tag: French for `fr` and `fr-*`, English for
    /// everything else.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::i18n::Lang;
    /// assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
    /// assert_eq!(Lang::from_tag("de"), Lang::En);
    /// ```
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
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

    fn pick(self, en: &'static str, fr: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The word for a mark, as the legend and the day labels say it.
    pub fn mark(self, mark: Mark) -> &'static str {
        match mark {
            Mark::Anniversary => self.pick("anniversary", "date anniversaire"),
            Mark::Window => self.pick("renewal window", "fenêtre de renouvellement"),
            Mark::LastDay => self.pick("last day to renew", "dernier jour pour renouveler"),
            Mark::Reminder => self.pick("reminder from Microsoft", "rappel de Microsoft"),
            Mark::Loss => self.pick("benefits lost", "perte des avantages"),
            Mark::ReactivationDeadline => {
                self.pick("last day to reactivate", "dernier jour pour réactiver")
            }
            Mark::Today => self.pick("today", "aujourd’hui"),
        }
    }

    /// What happens on a day of the timeline; `{}` is a number of days or a date.
    pub fn event(self, event: TimelineEvent) -> &'static str {
        match event {
            TimelineEvent::FirstReminder => self.pick(
                "first reminder from Microsoft, 15 days before the anniversary",
                "premier rappel de Microsoft, 15 jours avant la date anniversaire",
            ),
            TimelineEvent::Anniversary => self.pick("anniversary", "date anniversaire"),
            TimelineEvent::WindowOpens => self.pick(
                "the renewal window opens",
                "ouverture de la fenêtre de renouvellement",
            ),
            TimelineEvent::SecondReminder => self.pick(
                "second reminder from Microsoft, 23 days after the anniversary",
                "second rappel de Microsoft, 23 jours après la date anniversaire",
            ),
            TimelineEvent::LastDayToRenew => self.pick(
                "last day to renew; benefits continue through this day",
                "dernier jour pour renouveler ; vos avantages persistent jusqu’à ce jour inclus",
            ),
            TimelineEvent::LossDate => self.pick(
                "benefits and competencies are lost if not renewed",
                "perte des avantages et compétences faute de renouvellement",
            ),
            TimelineEvent::ReactivationDeadline => self.pick(
                "last day to reactivate the competency by paying the fee (COVID-19 extension)",
                "dernier jour pour réactiver la compétence en payant les frais (extension COVID-19)",
            ),
        }
    }

    /// The offer's name.
    pub fn offer(self, offer: Offer) -> &'static str {
        match offer {
            Offer::ActionPack => "Microsoft Action Pack",
            Offer::Competency => self.pick("Competency", "Compétence"),
        }
    }

    /// The status on a day, for each phase; `{}` are filled by [`fill`].
    pub fn status(self, phase: Phase) -> &'static str {
        match phase {
            Phase::BeforePurchase => self.pick(
                "On {}: not bought yet.",
                "Le {} : pas encore acheté.",
            ),
            Phase::Active => self.pick(
                "On {}: benefits are active; the renewal window opens on {}.",
                "Le {} : vos avantages sont actifs ; la fenêtre de renouvellement s’ouvre le {}.",
            ),
            Phase::RenewalWindow => self.pick(
                "On {}: in the renewal window, {} left to renew (through {}). Benefits continue.",
                "Le {} : dans la fenêtre de renouvellement, encore {} pour renouveler (jusqu’au {}). Vos avantages persistent.",
            ),
            Phase::Reactivation => self.pick(
                "On {}: benefits are lost, but paying the fee reactivates the competency: {} left (through {}).",
                "Le {} : les avantages sont perdus, mais payer les frais réactive la compétence : encore {} (jusqu’au {}).",
            ),
            Phase::Lost => self.pick(
                "On {}: benefits and competencies are lost (since {}) unless renewed.",
                "Le {} : avantages et compétences perdus (depuis le {}) faute de renouvellement.",
            ),
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
        let unit = match (self, count == "1") {
            (Lang::En, true) => " day",
            (Lang::En, false) => " days",
            (Lang::Fr, true) => "\u{A0}jour",
            (Lang::Fr, false) => "\u{A0}jours",
        };
        let mut text = String::with_capacity(count.len() + unit.len());
        text.push_str(count);
        text.push_str(unit);
        text
    }

    /// Said after the status when a reminder is sent that day.
    pub fn reminder_today(self) -> &'static str {
        self.pick(
            "Microsoft sends a reminder that day.",
            "Microsoft envoie un rappel ce jour-là.",
        )
    }

    /// The next anniversary after renewing (R6).
    pub fn next_anniversary(self) -> &'static str {
        self.pick(
            "If renewed in the window, the next anniversary is {} (365 days later).",
            "En cas de renouvellement dans la fenêtre, la prochaine date anniversaire est le {} (365 jours plus tard).",
        )
    }

    /// The COVID-19 outcome, for each reason.
    pub fn covid(self, reason: Reason) -> &'static str {
        match reason {
            Reason::Eligible => self.pick(
                "COVID-19 extension: requirements are met for this renewal; the fee is still due in the renewal window, and the competency is extended through {}.",
                "Extension COVID-19 : vos besoins sont satisfaits pour ce renouvellement ; les frais restent à payer dans la fenêtre de renouvellement, et la compétence est étendue jusqu’au {}.",
            ),
            Reason::NotACompetency => self.pick(
                "COVID-19 extension: it applies to competencies only, not to the Microsoft Action Pack.",
                "Extension COVID-19 : elle ne concerne que les compétences, pas le Microsoft Action Pack.",
            ),
            Reason::AnniversaryOutsideRange => self.pick(
                "COVID-19 extension: it does not apply, the anniversary ({}) is outside the dates it covers.",
                "Extension COVID-19 : elle ne s’applique pas, la date anniversaire ({}) est hors de la période couverte.",
            ),
            Reason::NotMovedToPartnerCenter => self.pick(
                "COVID-19 extension: it requires the membership to have moved from Partner Membership Center (PMC) to Partner Center.",
                "Extension COVID-19 : il faut avoir déplacé votre abonnement du Partner Membership Center (PMC) vers l’Espace partenaires.",
            ),
        }
    }

    /// What the element says when its WebAssembly module cannot load. The
    /// module is not there to say it, so these two sentences reach the
    /// element's JavaScript through a block generated from here
    /// (`LOAD_FAILED` in `www/mpn-renewal-calendar.js`, `tests/sourcegen.rs`).
    pub fn load_failed(self) -> &'static str {
        self.pick(
            "The calendar could not be loaded (its WebAssembly module did not arrive or is not supported here). Reload the page to try again.",
            "Le calendrier n’a pas pu être chargé (son module WebAssembly n’est pas arrivé ou n’est pas pris en charge ici). Rechargez la page pour réessayer.",
        )
    }

    /// What separates a date from its text: ": " in English, " : " in French
    /// (with a narrow no-break space, as French typography wants).
    pub fn colon(self) -> &'static str {
        self.pick(": ", "\u{202F}: ")
    }

    /// A word of the element, by key (see [`ui_keys`]).
    pub fn ui(self, key: &str) -> &'static str {
        UI.iter()
            .find(|(name, _, _)| *name == key)
            .map_or("", |(_, en, fr)| self.pick(en, fr))
    }

    /// The project's decisions, shown as notes where they affect the result.
    pub fn note(self, note: Note) -> &'static str {
        match note {
            Note::LeapDayFeb28 => self.pick(
                "Bought on 29 February: the article does not say when the anniversary falls in a year without 29 February; this calendar takes 28 February (the option “1 March” is available).",
                "Achat un 29 février : l’article ne dit pas quand tombe la date anniversaire une année sans 29 février ; ce calendrier retient le 28 février (l’option « 1er mars » est proposée).",
            ),
            Note::LeapDayMar1 => self.pick(
                "Bought on 29 February: the article does not say when the anniversary falls in a year without 29 February; as chosen, this calendar takes 1 March.",
                "Achat un 29 février : l’article ne dit pas quand tombe la date anniversaire une année sans 29 février ; comme choisi, ce calendrier retient le 1er mars.",
            ),
            Note::RenewalDrift => self.pick(
                "Renewing moves the anniversary 365 days on, not one calendar year: across a 29 February it falls one day earlier.",
                "Un renouvellement décale la date anniversaire de 365 jours, pas d’une année civile : après un 29 février, elle tombe un jour plus tôt.",
            ),
            Note::ExtendedIn2021 => self.pick(
                "The extension runs through the anniversary’s date in 2021 ({}), as the article says “your next anniversary date in 2021”, not 365 days later.",
                "L’extension court jusqu’à la date anniversaire en 2021 ({}), comme le dit l’article (« votre prochaine date anniversaire en 2021 »), et non 365 jours plus tard.",
            ),
            Note::Reactivation => self.pick(
                "If the window is missed, paying the fee reactivates the competency through {}.",
                "Si la fenêtre est manquée, payer les frais réactive la compétence jusqu’au {}.",
            ),
            Note::FromAnniversary => self.pick(
                "Computed from the anniversary (the “renewal start date” column of Partner Center).",
                "Calculé à partir de la date anniversaire (colonne « date de début du renouvellement » de l’Espace partenaires).",
            ),
        }
    }
}

/// Replaces each `{}` of `template` with the next of `values`, in order.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::i18n::fill;
/// assert_eq!(fill("On {}: {} left.", &["Monday", "3"]), "On Monday: 3 left.");
/// ```
pub fn fill(template: &str, values: &[&str]) -> String {
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

/// The keys of [`Lang::ui`], in table order.
pub fn ui_keys() -> impl Iterator<Item = &'static str> {
    UI.iter().map(|(key, _, _)| *key)
}

/// The element's words: key, English, French. The page's own words (its
/// form, title and footer) live with it, in `www/page-words.js`.
const UI: &[(&str, &str, &str)] = &[
    ("download", "Add the reminders to my calendar (.ics)", "Ajouter les rappels à mon agenda (.ics)"),
    ("legend", "Legend", "Légende"),
    ("timeline", "Timeline", "Chronologie"),
    ("notes", "How this was decided", "Choix de calcul"),
    ("errorTitle", "This cannot be computed:", "Calcul impossible :"),
    ("INVALID_INPUT", "some input is not valid.", "une donnée n’est pas valide."),
    ("MISSING_FIELD", "a date is needed: the purchase date or the anniversary.", "il faut une date : la date d’achat ou la date anniversaire."),
    ("CONFLICTING_FIELDS", "give the purchase date or the anniversary, not both.", "indiquez la date d’achat ou la date anniversaire, pas les deux."),
    ("INVALID_DATE", "the date must be a day that exists, written YYYY-MM-DD.", "la date doit être un jour qui existe, écrit AAAA-MM-JJ."),
    ("DATE_OUT_OF_RANGE", "the dates must stay between 0001-01-01 and 9999-12-31.", "les dates doivent rester entre 0001-01-01 et 9999-12-31."),
    ("INVALID_OFFER", "the offer must be the Microsoft Action Pack or a competency.", "l’offre doit être le Microsoft Action Pack ou une compétence."),
    ("NO_RENEWAL_REQUIRED", "the MPN membership itself needs no annual renewal.", "l’appartenance au MPN lui-même ne nécessite pas de renouvellement annuel."),
    ("INVALID_OPTION", "an option has a value it does not accept.", "une option a une valeur qu’elle n’accepte pas."),
    ("restarted", "The calendar hit an internal error and was restarted; the dates below are computed afresh.", "Le calendrier a rencontré une erreur interne et a redémarré ; les dates ci-dessous sont recalculées."),
    ("INTERNAL", "an internal error stopped the calculation; reload the page to try again.", "une erreur interne a interrompu le calcul ; rechargez la page pour réessayer."),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_key_has_both_languages_and_is_unique() {
        let keys: Vec<&str> = ui_keys().collect();
        for (index, key) in keys.iter().enumerate() {
            assert!(!keys[index + 1..].contains(key), "{key} twice");
            assert!(
                !Lang::En.ui(key).is_empty() && !Lang::Fr.ui(key).is_empty(),
                "{key}"
            );
        }
        assert_eq!(Lang::Fr.ui("no such key"), "");
    }

    /// The DOM writer separates its instructions with control characters
    /// (`calendar/dom.rs`), so no word of the widget may contain one.
    #[test]
    fn no_word_contains_a_control_character() {
        let mut words: Vec<String> = Vec::new();
        for lang in [Lang::En, Lang::Fr] {
            words.extend(ui_keys().map(|key| lang.ui(key).to_string()));
            words.extend(Mark::ALL.map(|mark| lang.mark(mark).to_string()));
            words.extend(TimelineEvent::ALL.map(|event| lang.event(event).to_string()));
            for phase in [
                Phase::BeforePurchase,
                Phase::Active,
                Phase::RenewalWindow,
                Phase::Reactivation,
                Phase::Lost,
            ] {
                words.push(lang.status(phase).into());
            }
            for reason in [
                Reason::Eligible,
                Reason::NotACompetency,
                Reason::AnniversaryOutsideRange,
                Reason::NotMovedToPartnerCenter,
            ] {
                words.push(lang.covid(reason).into());
            }
            for note in [
                Note::LeapDayFeb28,
                Note::LeapDayMar1,
                Note::RenewalDrift,
                Note::ExtendedIn2021,
                Note::Reactivation,
                Note::FromAnniversary,
            ] {
                words.push(lang.note(note).into());
            }
            for offer in [Offer::ActionPack, Offer::Competency] {
                words.push(lang.offer(offer).into());
            }
            words.push(lang.days("12"));
            words.push(lang.reminder_today().into());
            words.push(lang.next_anniversary().into());
            words.push(lang.colon().into());
        }
        for word in &words {
            assert!(!word.chars().any(char::is_control), "{word:?}");
        }
        // All of them, in both languages (the page's own words live in www/page-words.js).
        assert_eq!(words.len(), 100);
    }

    #[test]
    fn fill_keeps_a_brace_that_is_not_a_hole() {
        assert_eq!(fill("{x} {} {", &["1", "2"]), "{x} 1 {");
        assert_eq!(fill("{}{}", &["a"]), "a");
        assert_eq!(fill("é{}è", &["ü"]), "éüè");
    }

    #[test]
    fn templates_take_as_many_values_as_they_have_holes() {
        for lang in [Lang::En, Lang::Fr] {
            assert_eq!(lang.status(Phase::RenewalWindow).matches("{}").count(), 3);
            assert_eq!(lang.status(Phase::Active).matches("{}").count(), 2);
            assert_eq!(lang.covid(Reason::Eligible).matches("{}").count(), 1);
            assert_eq!(lang.note(Note::ExtendedIn2021).matches("{}").count(), 1);
        }
    }
}
