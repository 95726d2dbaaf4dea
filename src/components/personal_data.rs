//! The patient's personal data as the hospital has it: name, birth date,
//! the BSN masked, address, phone, e-mail, GP and pharmacy.

use crate::components::data_item::DataItem;
use crate::fhir::model::Patient;
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// The BSN with all but its last three digits hidden: "******607".
pub fn mask_bsn(bsn: &str) -> String {
    let digits: Vec<char> = bsn.chars().filter(|c| !c.is_whitespace()).collect();
    let shown = digits.len().min(3);
    let hidden = digits.len() - shown;
    "*".repeat(hidden) + &digits[hidden..].iter().collect::<String>()
}

/// The personal data of `patient`, as a data list.
#[component]
pub fn PersonalData(
    /// The patient as the hospital has them.
    patient: Patient,
) -> impl IntoView {
    let i18n = use_i18n();
    let p = &patient;
    let name = p.display_name();
    let birth = p.birth();
    let bsn = p.bsn().map(|b| {
        let masked = mask_bsn(b);
        let last: String = masked.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        view! {
            <span aria-hidden="true" data-testid="patient-bsn">{masked}</span>
            <span class="visually-hidden">{i18n.live(Arc::new(move |i| i.tf(Key::PatientBsnEnding, &[("digits", &last)])))}</span>
        }
    });
    let address = p.address.first().map(|a| {
        let mut lines = a.line.clone();
        lines.push(
            [a.postal_code.clone(), a.city.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("  "),
        );
        lines
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(|l| view! { <span class="address-line">{l}</span> })
            .collect_view()
    });
    let telecom = |system: &str| {
        p.telecom
            .iter()
            .filter(|t| t.system.as_deref() == Some(system))
            .filter_map(|t| t.value.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let (phone, email) = (or_dash(telecom("phone")), or_dash(telecom("email")));
    let gp = p.gp_names();
    let pharmacy = p.pharmacy().and_then(|r| r.display.clone());
    view! {
        <dl class="utrecht-data-list data-list" data-testid="patient-details">
            <DataItem label=Key::PatientName>{move || name.clone().unwrap_or_else(|| i18n.t(Key::UnknownName).to_string())}</DataItem>
            <DataItem label=Key::PatientBirth>{i18n.date_text(birth)}</DataItem>
            <DataItem label=Key::PatientBsn>{bsn.map(IntoAny::into_any).unwrap_or_else(|| "—".into_any())}</DataItem>
            <DataItem label=Key::PatientAddress>{address.map(IntoAny::into_any).unwrap_or_else(|| "—".into_any())}</DataItem>
            <DataItem label=Key::PatientPhone>{phone}</DataItem>
            <DataItem label=Key::PatientEmail>{email}</DataItem>
            <DataItem label=Key::PatientGp>{or_dash(gp)}</DataItem>
            <DataItem label=Key::PatientPharmacy>{pharmacy.unwrap_or_else(|| "—".into())}</DataItem>
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bsn_shows_only_its_last_three_digits() {
        assert_eq!(mask_bsn("274193607"), "******607");
        assert_eq!(mask_bsn("12"), "12");
    }
}
