//! Units as people write them. Servers send UCUM codes, often as the unit
//! text too (Synthea: `"unit": "mm[Hg]"`): "mm[Hg]", "Cel", "kg/m2",
//! "10*3/uL", "{score}". Shown as they are, they read as a typo; this is
//! the one mapping the portal shows units through (UCUM, the Unified Code
//! for Units of Measure, <https://ucum.org/ucum>, defines the codes).

/// Whole codes whose written form does not follow from the rules below.
const NAMED: &[(&str, &str)] = &[
    ("mm[Hg]", "mmHg"),
    ("cm[H2O]", "cmH₂O"),
    ("Cel", "°C"),
    ("[degF]", "°F"),
    ("[in_i]", "inch"),
    ("[ft_i]", "ft"),
    ("[lb_av]", "lb"),
    ("[oz_av]", "oz"),
    ("[iU]", "IU"),
    ("[IU]", "IU"),
    ("[pH]", "pH"),
    ("mL/min/{1.73_m2}", "mL/min/1,73 m²"),
    ("ml/min/{1.73_m2}", "ml/min/1,73 m²"),
];

/// Parts of a unit that take the micro sign ("ug" is µg).
const MICRO: &[&str] = &[
    "ug", "umol", "uL", "ul", "um", "us", "uU", "uIU", "ukat", "ueq",
];

/// Parts of a unit raised to a power ("m2" is m²).
const POWERS: &[(&str, &str)] = &[
    ("m2", "m²"),
    ("m3", "m³"),
    ("cm2", "cm²"),
    ("cm3", "cm³"),
    ("mm2", "mm²"),
    ("mm3", "mm³"),
    ("dm3", "dm³"),
];

/// A unit as people write it; `None` when it says nothing a reader needs
/// (a count, a score: "1", "{score}", "{count}").
pub fn for_people(unit: &str) -> Option<String> {
    let unit = unit.trim();
    if let Some((_, shown)) = NAMED.iter().find(|(code, _)| *code == unit) {
        return Some((*shown).to_string());
    }
    // Annotations in braces only label the unit ("{beats}/min" is /min).
    let mut plain = String::with_capacity(unit.len());
    let mut depth = 0u32;
    for c in unit.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let parts: Vec<String> = plain.split('/').map(part).collect();
    let shown = parts.join("/");
    match shown.trim() {
        "" | "1" => None,
        s => Some(s.to_string()),
    }
}

/// One part between slashes: "10*3" is × 10³, "ug" µg, "m2" m².
fn part(part: &str) -> String {
    if let Some(power) = part
        .strip_prefix("10*")
        .or_else(|| part.strip_prefix("10^"))
    {
        return format!("× 10{}", crate::i18n::superscript(power));
    }
    if MICRO.contains(&part) {
        return format!("µ{}", &part[1..]);
    }
    if let Some((_, shown)) = POWERS.iter().find(|(code, _)| *code == part) {
        return (*shown).to_string();
    }
    part.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_as_people_write_them() {
        let shown = |u: &str| for_people(u);
        assert_eq!(shown("mm[Hg]").as_deref(), Some("mmHg"));
        assert_eq!(shown("Cel").as_deref(), Some("°C"));
        assert_eq!(shown("[degF]").as_deref(), Some("°F"));
        assert_eq!(shown("kg/m2").as_deref(), Some("kg/m²"));
        assert_eq!(shown("10*3/uL").as_deref(), Some("× 10³/µL"));
        assert_eq!(shown("10*9/L").as_deref(), Some("× 10⁹/L"));
        assert_eq!(shown("10*12/L").as_deref(), Some("× 10¹²/L"));
        assert_eq!(shown("ug/L").as_deref(), Some("µg/L"));
        assert_eq!(shown("umol/L").as_deref(), Some("µmol/L"));
        assert_eq!(shown("{beats}/min").as_deref(), Some("/min"));
        assert_eq!(shown("/min").as_deref(), Some("/min"));
        assert_eq!(shown("[lb_av]").as_deref(), Some("lb"));
        assert_eq!(shown("mL/min/{1.73_m2}").as_deref(), Some("mL/min/1,73 m²"));
    }

    #[test]
    fn counts_and_scores_have_no_unit() {
        assert_eq!(for_people("{score}"), None);
        assert_eq!(for_people("1"), None);
        assert_eq!(for_people("{count}"), None);
        assert_eq!(for_people(" "), None);
    }

    #[test]
    fn units_written_for_people_stay_as_they_are() {
        for unit in [
            "mmol/l", "mmol/L", "mg/dL", "%", "kg", "cm", "U/L", "g/dl", "mmHg", "°C", "uur",
        ] {
            assert_eq!(for_people(unit).as_deref(), Some(unit), "{unit}");
        }
    }
}
