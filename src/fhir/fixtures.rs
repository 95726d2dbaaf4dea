//! The portal's decoders against the official HL7 FHIR R4 examples and
//! real-world variations (`tests/fixtures/fhir/`).

#[cfg(test)]
mod tests {
    use crate::fhir::FhirError;
    use crate::fhir::bundle::{decode_page, decode_resource};
    use crate::fhir::document::DocumentReference;
    use crate::fhir::model::{Appointment, Patient, RelatedPerson, Resource};

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!("../../tests/fixtures/fhir/", $name))
        };
    }

    fn decode<T: Resource>(text: &str) -> T {
        let value: serde_json::Value = serde_json::from_str(text).expect("fixture is JSON");
        decode_resource::<T>(value).unwrap_or_else(|p| panic!("{}: {}", T::TYPE, p.error))
    }

    #[test]
    fn official_patients_decode() {
        let p: Patient = decode(fixture!("Patient-example.json"));
        assert_eq!(p.display_name().as_deref(), Some("Peter James Chalmers"));
        assert_eq!(p.birth(), chrono::NaiveDate::from_ymd_opt(1974, 12, 25));
        for text in [
            fixture!("Patient-pat1.json"),
            fixture!("Patient-pat2.json"),
            fixture!("Patient-newborn.json"),
        ] {
            let _: Patient = decode(text);
        }
        let newborn: Patient = decode(fixture!("Patient-newborn.json"));
        assert_eq!(
            newborn.display_name(),
            None,
            "no name: the page shows a placeholder"
        );
        let ext_only: Patient = decode(fixture!("variant-patient-birthdate-extension-only.json"));
        assert_eq!(ext_only.birth(), None);
    }

    #[test]
    fn official_related_persons_decode_but_grant_nothing_without_a_portal_role() {
        for text in [
            fixture!("RelatedPerson-peter.json"),
            fixture!("RelatedPerson-f001.json"),
        ] {
            let rp: RelatedPerson = decode(text);
            assert!(rp.patient_id().is_some());
            assert_eq!(rp.authorization(), None);
        }
    }

    #[test]
    fn official_document_reference_with_contained_author_and_url_attachment() {
        let doc: DocumentReference = decode(fixture!("DocumentReference-example.json"));
        assert!(doc.title().is_some());
        assert_eq!(
            doc.attachment().and_then(|a| a.text()),
            None,
            "content by url is not inline text"
        );
        let variant: DocumentReference =
            decode(fixture!("variant-documentreference-attachment-url.json"));
        assert_eq!(variant.attachment().and_then(|a| a.text()), None);
    }

    #[test]
    fn official_appointments_decode() {
        let booked: Appointment = decode(fixture!("Appointment-example.json"));
        assert_eq!(booked.status.as_deref(), Some("booked"));
        let proposed: Appointment = decode(fixture!("Appointment-examplereq.json"));
        assert_eq!(proposed.status.as_deref(), Some("proposed"));
    }

    #[test]
    fn searchset_with_outcome_entry_and_one_malformed_entry() {
        let page = decode_page::<Patient>(fixture!("Bundle-bundle-search-warning.json"))
            .expect("bundle decodes");
        assert!(
            page.problems.is_empty(),
            "the outcome entry is not a problem"
        );
        let page =
            decode_page::<crate::fhir::model::Appointment>(fixture!("Bundle-bundle-example.json"))
                .expect("bundle");
        assert!(page.next.is_some(), "the next link is read");
        let broken = fixture!("variant-bundle-searchset-malformed-entry.json");
        let value: serde_json::Value = serde_json::from_str(broken).expect("JSON");
        assert_eq!(value["entry"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn operation_outcome_bodies_become_error_text() {
        match decode_page::<Patient>(fixture!("OperationOutcome-101.json")) {
            Err(FhirError::Outcome { text, .. }) => assert!(!text.is_empty()),
            other => panic!("expected an outcome, got {other:?}"),
        }
    }
}
