//! Idle sign-out arithmetic: deadlines in wall-clock milliseconds.
//!
//! The deadline is a point in time (`Date.now()` based), not a countdown, so a
//! laptop that slept past it is signed out as soon as it wakes, and all tabs
//! can share one deadline through storage.

/// The idle rules: sign out after `timeout_ms`, warn `warning_ms` before.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct IdlePolicy {
    /// Time without activity until sign-out (15 minutes).
    pub timeout_ms: u64,
    /// How long before sign-out the warning opens (2 minutes).
    pub warning_ms: u64,
}

impl Default for IdlePolicy {
    fn default() -> Self {
        Self {
            timeout_ms: 15 * 60_000,
            warning_ms: 2 * 60_000,
        }
    }
}

/// Where a session stands at a moment.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    /// No warning needed.
    Active,
    /// The warning is due; whole seconds left (rounded up).
    Warning {
        /// Seconds until sign-out, at least 1.
        remaining_s: u32,
    },
    /// The deadline has passed.
    Expired,
}

impl IdlePolicy {
    /// The deadline after activity at `now_ms`.
    pub fn deadline_after(&self, now_ms: f64) -> f64 {
        now_ms + self.timeout_ms as f64
    }

    /// The phase at `now_ms` for `deadline_ms`.
    pub fn phase(&self, deadline_ms: f64, now_ms: f64) -> Phase {
        let left = deadline_ms - now_ms;
        if !left.is_finite() || left <= 0.0 {
            Phase::Expired
        } else if left <= self.warning_ms as f64 {
            Phase::Warning {
                remaining_s: (left / 1000.0).ceil().max(1.0) as u32,
            }
        } else {
            Phase::Active
        }
    }

    /// The moments, in seconds before sign-out, at which a screen reader hears
    /// the time left: every whole minute of the warning, then 40 and 20 s.
    pub fn announcement_points(&self) -> Vec<u32> {
        let lead = (self.warning_ms / 1000) as u32;
        let mut points: Vec<u32> = (1..=lead / 60).rev().map(|m| m * 60).collect();
        points.extend([40, 20].into_iter().filter(|p| *p < lead));
        points
    }

    /// The announcement point that covers `remaining_s`: the smallest point
    /// not below it. A new value means a new announcement; within one point
    /// nothing is said, so the reader never hears every second.
    pub fn announcement_for(&self, remaining_s: u32) -> Option<u32> {
        self.announcement_points()
            .into_iter()
            .rev()
            .find(|p| *p >= remaining_s)
    }
}

/// Formats a countdown as m:ss.
pub fn clock(remaining_s: u32) -> String {
    format!("{}:{:02}", remaining_s / 60, remaining_s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn phases_follow_the_deadline() {
        let p = IdlePolicy::default();
        let deadline = p.deadline_after(0.0);
        assert_eq!(deadline, 15.0 * MIN);
        assert_eq!(p.phase(deadline, 12.0 * MIN), Phase::Active);
        assert_eq!(p.phase(deadline, 13.0 * MIN - 1.0), Phase::Active);
        assert_eq!(
            p.phase(deadline, 13.0 * MIN),
            Phase::Warning { remaining_s: 120 }
        );
        assert_eq!(
            p.phase(deadline, 15.0 * MIN - 500.0),
            Phase::Warning { remaining_s: 1 }
        );
        assert_eq!(p.phase(deadline, 15.0 * MIN), Phase::Expired);
        // A laptop that slept for hours.
        assert_eq!(p.phase(deadline, 300.0 * MIN), Phase::Expired);
        assert_eq!(p.phase(f64::NAN, 0.0), Phase::Expired);
    }

    #[test]
    fn announcements_per_minute_then_at_40_and_20_seconds() {
        let p = IdlePolicy::default();
        assert_eq!(p.announcement_points(), vec![120, 60, 40, 20]);
        let said: Vec<u32> = (1..=120).rev().filter_map(|s| p.announcement_for(s)).fold(
            Vec::new(),
            |mut acc, point| {
                if acc.last() != Some(&point) {
                    acc.push(point);
                }
                acc
            },
        );
        assert_eq!(said, vec![120, 60, 40, 20]);
        assert_eq!(p.announcement_for(59), Some(60));
        assert_eq!(p.announcement_for(21), Some(40));
        assert_eq!(p.announcement_for(5), Some(20));
    }

    #[test]
    fn longer_warning_announces_each_minute() {
        let p = IdlePolicy {
            timeout_ms: 15 * 60_000,
            warning_ms: 5 * 60_000,
        };
        assert_eq!(
            p.announcement_points(),
            vec![300, 240, 180, 120, 60, 40, 20]
        );
    }

    #[test]
    fn clock_reads_minutes_and_seconds() {
        assert_eq!(clock(120), "2:00");
        assert_eq!(clock(61), "1:01");
        assert_eq!(clock(9), "0:09");
    }
}
