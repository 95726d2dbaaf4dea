//! Who may open whose portal: the Dutch age rules for representatives.
//!
//! Pure functions over dates, with no browser in them, so every boundary is
//! tested natively. The rules (seeds `000`, `001`, DESIGN §3):
//!
//! - under 12, a parent or guardian has access;
//! - from 12 to 16, only when the child co-signed the authorization;
//! - on the 16th birthday parental access ends, unless the child cannot
//!   decide for themselves: then it lasts until the 18th birthday;
//! - curators, mentors and people authorized through DigiD Machtigen act
//!   within the period of their authorization;
//! - a revoked authorization or one whose period has not started or has ended
//!   gives no access.
//!
//! Someone born on 29 February has their birthday on 1 March in common
//! years: that is the first day on which the full number of years has passed.

use chrono::{Datelike, NaiveDate};

/// The legal basis of an authorization.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    /// A parent with parental authority.
    Parent,
    /// A guardian (voogd) of a minor.
    Guardian,
    /// A curator of an adult.
    Curator,
    /// A mentor of an adult.
    Mentor,
    /// Someone authorized by the patient (DigiD Machtigen, from 16).
    Authorized,
}

impl Role {
    /// Reads the `authorization-role` code of the portal's code system.
    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "parent" => Some(Role::Parent),
            "guardian" => Some(Role::Guardian),
            "curator" => Some(Role::Curator),
            "mentor" => Some(Role::Mentor),
            "authorized" => Some(Role::Authorized),
            _ => None,
        }
    }

    /// Parents and guardians act for a child, so the age rules apply.
    pub fn acts_for_a_minor(self) -> bool {
        matches!(self, Role::Parent | Role::Guardian)
    }
}

/// One authorization of a representative for a patient.
#[derive(Clone, Debug, PartialEq)]
pub struct Authorization {
    /// The legal basis.
    pub role: Role,
    /// False when it was revoked.
    pub active: bool,
    /// First day it is valid, if the authorization says so.
    pub start: Option<NaiveDate>,
    /// Last day it is valid, if the authorization says so.
    pub end: Option<NaiveDate>,
    /// The child co-signed (needed from 12 to 16).
    pub child_signed: bool,
    /// The child cannot decide for themselves (access lasts until 18).
    pub incapable: bool,
}

/// Why access ends or ended on a given day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EndReason {
    /// From 12 the child must co-sign, and did not.
    TwelfthBirthday,
    /// Parental access ends on the 16th birthday.
    SixteenthBirthday,
    /// Access for a child who cannot decide ends on the 18th birthday.
    EighteenthBirthday,
    /// The period of the authorization ends.
    PeriodEnd,
}

/// The first day without access, and why.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Ending {
    /// First day on which the representative has no access.
    pub on: NaiveDate,
    /// Why.
    pub reason: EndReason,
}

/// Why a representative may not open a portal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Denial {
    /// The authorization was revoked.
    Revoked,
    /// The authorization starts on this day.
    NotYetValid(NaiveDate),
    /// Access ended.
    Ended(Ending),
    /// The patient's record could not be read (the server sent it
    /// malformed), so the age rules cannot be checked: no access, and the
    /// portal says why rather than assume an ending.
    Unreadable,
}

/// The outcome of the rules for one authorization on one day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Decision {
    /// Access now; `ends` says when it stops, if it will.
    Allowed {
        /// The coming end, if any.
        ends: Option<Ending>,
    },
    /// No access.
    Denied(Denial),
}

impl Decision {
    /// True when the portal may be opened.
    pub fn is_allowed(&self) -> bool {
        matches!(self, Decision::Allowed { .. })
    }

    /// The end of an allowed access that falls within `days` of `today`,
    /// with the number of days left: Home announces it.
    pub fn ending_within(&self, today: NaiveDate, days: i64) -> Option<(Ending, i64)> {
        match self {
            Decision::Allowed { ends: Some(end) } => {
                let left = (end.on - today).num_days();
                (left <= days).then_some((*end, left))
            }
            _ => None,
        }
    }
}

/// The day someone born on `birth` turns `years` (29 February → 1 March in
/// common years).
pub fn birthday(birth: NaiveDate, years: u32) -> NaiveDate {
    let year = birth.year() + years as i32;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(NaiveDate::MAX)
}

/// Completed years of age on `today`.
pub fn age(birth: NaiveDate, today: NaiveDate) -> u32 {
    if today < birth {
        return 0;
    }
    let mut years = (today.year() - birth.year()).max(0) as u32;
    if years > 0 && birthday(birth, years) > today {
        years -= 1;
    }
    years
}

/// Applies the rules to `auth` for a patient born on `birth`, on `today`.
pub fn decide(auth: &Authorization, birth: Option<NaiveDate>, today: NaiveDate) -> Decision {
    if !auth.active {
        return Decision::Denied(Denial::Revoked);
    }
    if let Some(start) = auth.start
        && today < start
    {
        return Decision::Denied(Denial::NotYetValid(start));
    }
    let mut endings: Vec<Ending> = Vec::with_capacity(3);
    if let Some(end) = auth.end {
        endings.push(Ending {
            on: end.succ_opt().unwrap_or(end),
            reason: EndReason::PeriodEnd,
        });
    }
    if auth.role.acts_for_a_minor() {
        match birth {
            Some(birth) => {
                if auth.incapable {
                    endings.push(Ending {
                        on: birthday(birth, 18),
                        reason: EndReason::EighteenthBirthday,
                    });
                } else {
                    endings.push(Ending {
                        on: birthday(birth, 16),
                        reason: EndReason::SixteenthBirthday,
                    });
                    if !auth.child_signed {
                        endings.push(Ending {
                            on: birthday(birth, 12),
                            reason: EndReason::TwelfthBirthday,
                        });
                    }
                }
            }
            // Without a birth date the age rules cannot be checked: a
            // parent's access cannot be allowed blind.
            None => {
                return Decision::Denied(Denial::Ended(Ending {
                    on: today,
                    reason: EndReason::SixteenthBirthday,
                }));
            }
        }
    }
    let first = endings.into_iter().min_by_key(|e| e.on);
    match first {
        Some(end) if today >= end.on => Decision::Denied(Denial::Ended(end)),
        ends => Decision::Allowed { ends },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn parent() -> Authorization {
        Authorization {
            role: Role::Parent,
            active: true,
            start: None,
            end: None,
            child_signed: false,
            incapable: false,
        }
    }

    const BIRTH: (i32, u32, u32) = (2010, 6, 15);

    fn birth() -> NaiveDate {
        d(BIRTH.0, BIRTH.1, BIRTH.2)
    }

    fn ended(on: NaiveDate, reason: EndReason) -> Decision {
        Decision::Denied(Denial::Ended(Ending { on, reason }))
    }

    #[test]
    fn twelfth_birthday_without_child_signature() {
        let b12 = d(2022, 6, 15);
        let ending = Ending {
            on: b12,
            reason: EndReason::TwelfthBirthday,
        };
        assert_eq!(
            decide(&parent(), Some(birth()), d(2022, 6, 14)),
            Decision::Allowed { ends: Some(ending) }
        );
        assert_eq!(
            decide(&parent(), Some(birth()), b12),
            ended(b12, EndReason::TwelfthBirthday)
        );
        assert_eq!(
            decide(&parent(), Some(birth()), d(2022, 6, 16)),
            ended(b12, EndReason::TwelfthBirthday)
        );
    }

    #[test]
    fn twelfth_birthday_with_child_signature_keeps_access() {
        let auth = Authorization {
            child_signed: true,
            ..parent()
        };
        for day in [d(2022, 6, 14), d(2022, 6, 15), d(2022, 6, 16)] {
            assert!(decide(&auth, Some(birth()), day).is_allowed(), "{day}");
        }
    }

    #[test]
    fn sixteenth_birthday_ends_parental_access() {
        let auth = Authorization {
            child_signed: true,
            ..parent()
        };
        let b16 = d(2026, 6, 15);
        assert_eq!(
            decide(&auth, Some(birth()), d(2026, 6, 14)),
            Decision::Allowed {
                ends: Some(Ending {
                    on: b16,
                    reason: EndReason::SixteenthBirthday
                })
            }
        );
        assert_eq!(
            decide(&auth, Some(birth()), b16),
            ended(b16, EndReason::SixteenthBirthday)
        );
        assert_eq!(
            decide(&auth, Some(birth()), d(2026, 6, 16)),
            ended(b16, EndReason::SixteenthBirthday)
        );
    }

    #[test]
    fn incapable_child_access_lasts_until_eighteenth_birthday() {
        let auth = Authorization {
            incapable: true,
            ..parent()
        };
        let b18 = d(2028, 6, 15);
        // No signature is needed from a child who cannot decide, and 16 passes.
        assert!(decide(&auth, Some(birth()), d(2022, 6, 15)).is_allowed());
        assert!(decide(&auth, Some(birth()), d(2026, 6, 15)).is_allowed());
        assert!(decide(&auth, Some(birth()), d(2028, 6, 14)).is_allowed());
        assert_eq!(
            decide(&auth, Some(birth()), b18),
            ended(b18, EndReason::EighteenthBirthday)
        );
        assert_eq!(
            decide(&auth, Some(birth()), d(2028, 6, 16)),
            ended(b18, EndReason::EighteenthBirthday)
        );
    }

    #[test]
    fn leap_day_birthday_falls_on_first_of_march_in_common_years() {
        let leap = d(2012, 2, 29);
        assert_eq!(birthday(leap, 16), d(2028, 2, 29));
        assert_eq!(birthday(leap, 12), d(2024, 2, 29));
        assert_eq!(birthday(leap, 18), d(2030, 3, 1));
        let auth = Authorization {
            incapable: true,
            ..parent()
        };
        assert!(decide(&auth, Some(leap), d(2030, 2, 28)).is_allowed());
        assert!(!decide(&auth, Some(leap), d(2030, 3, 1)).is_allowed());
        assert_eq!(age(leap, d(2030, 2, 28)), 17);
        assert_eq!(age(leap, d(2030, 3, 1)), 18);
        assert_eq!(age(leap, d(2028, 2, 28)), 15);
        assert_eq!(age(leap, d(2028, 2, 29)), 16);
    }

    #[test]
    fn revoked_and_future_authorizations_give_no_access() {
        let revoked = Authorization {
            active: false,
            ..parent()
        };
        assert_eq!(
            decide(&revoked, Some(birth()), d(2015, 1, 1)),
            Decision::Denied(Denial::Revoked)
        );
        let future = Authorization {
            role: Role::Mentor,
            start: Some(d(2027, 1, 15)),
            ..parent()
        };
        assert_eq!(
            decide(&future, Some(d(1979, 5, 2)), d(2027, 1, 14)),
            Decision::Denied(Denial::NotYetValid(d(2027, 1, 15)))
        );
        assert!(decide(&future, Some(d(1979, 5, 2)), d(2027, 1, 15)).is_allowed());
    }

    #[test]
    fn period_end_is_the_last_valid_day() {
        let curator = Authorization {
            role: Role::Curator,
            start: Some(d(2020, 1, 1)),
            end: Some(d(2026, 12, 31)),
            ..parent()
        };
        let adult = Some(d(1979, 5, 2));
        assert!(decide(&curator, adult, d(2026, 12, 31)).is_allowed());
        assert_eq!(
            decide(&curator, adult, d(2027, 1, 1)),
            ended(d(2027, 1, 1), EndReason::PeriodEnd)
        );
    }

    #[test]
    fn curator_of_an_adult_is_not_bound_by_age() {
        let curator = Authorization {
            role: Role::Curator,
            ..parent()
        };
        assert_eq!(
            decide(&curator, Some(d(1979, 5, 2)), d(2026, 11, 23)),
            Decision::Allowed { ends: None }
        );
    }

    #[test]
    fn parent_without_birth_date_is_refused() {
        assert!(!decide(&parent(), None, d(2026, 11, 23)).is_allowed());
    }

    #[test]
    fn ending_is_announced_thirty_days_ahead() {
        let auth = Authorization {
            incapable: true,
            ..parent()
        };
        let daan = d(2008, 12, 18);
        let today = d(2026, 11, 23);
        let decision = decide(&auth, Some(daan), today);
        let (end, left) = decision.ending_within(today, 30).unwrap();
        assert_eq!(
            (end.on, end.reason, left),
            (d(2026, 12, 18), EndReason::EighteenthBirthday, 25)
        );
        assert_eq!(
            decide(&auth, Some(daan), d(2026, 11, 17)).ending_within(d(2026, 11, 17), 30),
            None
        );
    }

    #[test]
    fn age_counts_completed_years() {
        assert_eq!(age(birth(), d(2026, 6, 14)), 15);
        assert_eq!(age(birth(), d(2026, 6, 15)), 16);
        assert_eq!(age(birth(), d(2000, 1, 1)), 0);
    }
}
