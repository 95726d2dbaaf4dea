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
        decode_resource::<T>(&value).unwrap_or_else(|p| panic!("{}: {}", T::TYPE, p.error))
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

    mod results_and_medication {
        use super::decode;
        use crate::fhir::bundle::{decode_page, decode_resource};
        use crate::fhir::diagnostic_report::DiagnosticReport;
        use crate::fhir::medication::{
            Contained, MedicationRequest, Phase, PractitionerRole, specialism_of,
        };
        use crate::fhir::model::Resource;
        use crate::fhir::observation::{
            Flag, Observation, ResultStatus, Value, group_by_date, group_by_report,
            measurement_kinds,
        };
        use chrono::NaiveDate;
        use serde_json::Value as Json;

        fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
            NaiveDate::from_ymd_opt(y, m, d)
        }

        fn unit(o: &Observation) -> Option<&str> {
            o.value_quantity
                .as_ref()
                .and_then(|q| q.unit.as_deref().or(q.code.as_deref()))
        }

        #[test]
        fn official_vital_signs_decode_with_numbers_units_and_dates() {
            let weight: Observation = decode(fixture!("Observation-example.json"));
            assert!(weight.is_category("vital-signs"));
            assert_eq!(weight.code.label(), Some("Body Weight"));
            assert_eq!(weight.code_key(), "http://loinc.org|29463-7");
            assert_eq!((weight.number(), unit(&weight)), (Some(185.0), Some("lbs")));
            let height: Observation = decode(fixture!("Observation-body-height.json"));
            assert_eq!(height.number(), Some(66.89999999999999));
            assert_eq!(unit(&height), Some("in"));
            assert_eq!(height.date(), day(1999, 7, 2));
            let temperature: Observation = decode(fixture!("Observation-body-temperature.json"));
            assert_eq!(
                (temperature.number(), unit(&temperature)),
                (Some(36.5), Some("C"))
            );
            let heart: Observation = decode(fixture!("Observation-heart-rate.json"));
            assert_eq!(unit(&heart), Some("beats/minute"));
            assert_eq!(heart.flag(), None, "no range, no interpretation");
            let kinds = measurement_kinds(&[temperature, heart, height, weight]);
            let labels: Vec<&str> = kinds.iter().map(|k| k.label.as_str()).collect();
            assert_eq!(
                labels,
                [
                    "Body Weight",
                    "Body height",
                    "Heart rate",
                    "Body temperature"
                ]
            );
        }

        #[test]
        fn official_blood_pressure_panels_have_components_and_no_value() {
            let bp: Observation = decode(fixture!("Observation-blood-pressure.json"));
            assert_eq!(bp.value(), None);
            assert_eq!(bp.flag(), Some(Flag::Low), "the panel's own interpretation");
            assert_eq!(
                bp.component[0].code.label(),
                Some("Systolic blood pressure")
            );
            assert_eq!(bp.component[0].flag(), Some(Flag::Normal));
            assert_eq!(bp.component[1].flag(), Some(Flag::Low));
            let dar: Observation = decode(fixture!("Observation-blood-pressure-dar.json"));
            assert_eq!(dar.component[1].value(), None);
            assert_eq!(
                dar.component[1]
                    .data_absent_reason
                    .as_ref()
                    .and_then(|c| c.label()),
                Some("Not Performed")
            );
            let kinds = measurement_kinds(&[bp, dar]);
            assert_eq!(kinds.len(), 1);
            let series = &kinds[0].series;
            assert_eq!(series.len(), 2);
            assert_eq!(series[0].label, "Systolic blood pressure");
            assert_eq!(series[0].points.len(), 2);
            assert_eq!(
                series[1].points,
                [(NaiveDate::from_ymd_opt(2012, 9, 17).unwrap(), 60.0)]
            );
            assert_eq!(kinds[0].unit.as_deref(), Some("mmHg"));
        }

        #[test]
        fn official_lab_results_flags_statuses_and_values() {
            let glucose: Observation = decode(fixture!("Observation-f001.json"));
            assert_eq!(glucose.flag(), Some(Flag::High));
            assert_eq!(glucose.date(), day(2013, 4, 2), "effectivePeriod.start");
            assert_eq!(
                glucose.code.label(),
                Some("Glucose [Moles/volume] in Blood")
            );
            let unsat: Observation = decode(fixture!("Observation-unsat.json"));
            assert_eq!(unsat.result_status(), ResultStatus::Cancelled);
            assert_eq!((unsat.value(), unsat.flag()), (None, None));
            assert_eq!(
                unsat.data_absent_reason.as_ref().and_then(|c| c.label()),
                Some("Specimen unsatisfactory for evaluation")
            );
            assert_eq!(
                unsat.note[0].text.as_deref(),
                Some("Tube broken in transit and sample leaked")
            );
            let oyster: Observation = decode(fixture!("Observation-vp-oyster.json"));
            assert_eq!(oyster.result_status(), ResultStatus::Provisional);
            assert!(
                matches!(oyster.value(), Some(Value::Concept(c)) if c.label() == Some("POSITIVE"))
            );
            assert_eq!(oyster.flag(), Some(Flag::Abnormal));
            assert_eq!(oyster.reference_range[0].text.as_deref(), Some("NEGATIVE"));
            let f202: Observation = decode(fixture!("Observation-f202.json"));
            assert_eq!(f202.result_status(), ResultStatus::Cancelled);
            assert_eq!(f202.date(), day(2013, 4, 4), "only issued");
            assert_eq!(f202.flag(), Some(Flag::High));
            assert_eq!(
                f202.code_key(),
                "http://loinc.org|8310-5",
                "LOINC, though a local code is first"
            );
            let eye: Observation = decode(fixture!("Observation-eye-color.json"));
            assert_eq!(eye.value(), Some(Value::Text("blue".into())));
            assert_eq!(eye.code_key(), "text:eye color");
        }

        #[test]
        fn cbc_report_groups_its_results_with_stated_and_derived_flags() {
            let bundle: Json = serde_json::from_str(fixture!("Bundle-101.json")).unwrap();
            let resources: Vec<Json> = bundle["entry"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["resource"].clone())
                .collect();
            let report: DiagnosticReport = decode_resource(&resources[0]).unwrap();
            let observations: Vec<Observation> = resources[1..]
                .iter()
                .map(|r| decode_resource(r).unwrap())
                .collect();
            let groups = group_by_report(&[report], &observations);
            let group = &groups[0];
            assert_eq!(group.title.as_deref(), Some("Complete Blood Count"));
            assert_eq!(group.status, ResultStatus::Final);
            assert_eq!(group.date, day(2011, 3, 4));
            assert_eq!(group.results.len(), 17);
            let flag = |id: &str| {
                group
                    .results
                    .iter()
                    .find(|o| o.id.as_deref() == Some(id))
                    .and_then(Observation::flag)
            };
            assert_eq!(flag("r1"), None, "176 g/L within 135–180");
            assert_eq!(flag("r3"), Some(Flag::High));
            assert_eq!(flag("r9"), Some(Flag::CriticalLow));
            assert_eq!(flag("r11"), Some(Flag::Low));
            assert_eq!(flag("r15"), Some(Flag::CriticalHigh));
            assert_eq!(
                flag("r17"),
                Some(Flag::High),
                "0.92 over a high of 0.21, which the example leaves unflagged"
            );
            assert_eq!(flag("r8"), None, "no range");
        }

        #[test]
        fn official_reports_skip_results_that_are_not_there() {
            let dxa: DiagnosticReport = decode(fixture!("DiagnosticReport-102.json"));
            assert_eq!(dxa.date(), day(2008, 6, 17));
            let groups = group_by_report(&[dxa], &[]);
            assert_eq!(groups[0].title.as_deref(), Some("DXA BONE DENSITOMETRY"));
            assert!(groups[0].results.is_empty());
            let ct: DiagnosticReport = decode(fixture!("DiagnosticReport-f201.json"));
            assert!(ct.is_category("RAD") && ct.result.is_empty());
            assert_eq!(ct.performer_name(), Some("Blijdorp MC"));
            assert_eq!(
                ct.conclusion.as_deref(),
                Some("CT brains: large tumor sphenoid/clivus.")
            );
            let bundle: Json = serde_json::from_str(fixture!("Bundle-f001.json")).unwrap();
            let blood: DiagnosticReport = decode_resource(&bundle["entry"][0]["resource"]).unwrap();
            let glucose: Observation = decode(fixture!("Observation-f001.json"));
            let groups = group_by_report(&[blood], &[glucose]);
            let ids: Vec<_> = groups[0]
                .results
                .iter()
                .filter_map(|o| o.id.as_deref())
                .collect();
            assert_eq!(ids, ["f001"], "f002–f005 are not in the data");
            assert_eq!(
                groups[0].date,
                day(2013, 5, 15),
                "no effective date: issued"
            );
            assert_eq!(
                groups[0].title.as_deref(),
                Some("Complete blood count (hemogram) panel - Blood by Automated count")
            );
        }

        #[test]
        fn official_prescriptions_name_the_medicine_and_how_to_take_it() {
            let oxy: MedicationRequest = decode(fixture!("MedicationRequest-medrx0301.json"));
            assert_eq!(
                oxy.medicine_name().as_deref(),
                Some("Oral Form Oxycodone (product)")
            );
            assert!(matches!(&oxy.contained[1], Contained::Other(t) if t == "Provenance"));
            assert_eq!(oxy.phase(), Phase::Stopped);
            assert_eq!(oxy.stop_reason(), Some("Try another treatment first"));
            assert!(!oxy.repeats_allowed(), "0 repeats, completed");
            assert_eq!(
                oxy.how_to_take().as_deref(),
                Some(
                    "one to two tablets every 4-6 hours as needed for rib pain; \
                     Take one to two tablets every four to six hours as needed for rib pain"
                )
            );
            assert_eq!(oxy.dose(), None, "a dose range only");
            assert_eq!(
                (oxy.start(), oxy.end()),
                (day(2015, 1, 15), day(2016, 1, 15))
            );
            let azi: MedicationRequest = decode(fixture!("MedicationRequest-medrx0302.json"));
            assert_eq!(
                azi.medicine_name().as_deref(),
                Some("Azithromycin 250mg capsule (product)")
            );
            assert_eq!(azi.phase(), Phase::Current);
            assert!(azi.repeats_allowed());
            assert_eq!(
                azi.how_to_take().as_deref(),
                Some("Two tablets at once; One tablet daily for 4 days")
            );
            let dose = azi.dose().unwrap();
            assert_eq!(
                (dose.value, dose.unit_label().as_deref()),
                (Some(2.0), Some("TAB"))
            );
            let vicodin: MedicationRequest = decode(fixture!("MedicationRequest-medrx0308.json"));
            assert_eq!(
                vicodin.medicine_name().as_deref(),
                Some("Vicodin 5/500 Oral Tablet")
            );
            assert!(!vicodin.repeats_allowed());
            assert_eq!(vicodin.requester_role_id(), None, "a Practitioner");
        }

        #[test]
        fn variant_prescriptions() {
            let amlodipine: MedicationRequest =
                decode(fixture!("variant-medicationrequest-contained-med1.json"));
            assert_eq!(
                amlodipine.medicine_name().as_deref(),
                Some("Amlodipine 5 mg tablet")
            );
            assert!(amlodipine.repeats_allowed());
            assert_eq!(amlodipine.start(), day(2024, 2, 10));
            let inhaler: MedicationRequest = decode(fixture!(
                "variant-medicationrequest-contained-practitioner.json"
            ));
            assert_eq!(
                inhaler.medicine_name().as_deref(),
                Some("Salbutamol inhalatie-aerosol 100 µg/dosis"),
                "from the contained Medication; the reference has no display"
            );
            assert!(matches!(&inhaler.contained[0], Contained::Other(t) if t == "Practitioner"));
            assert_eq!(inhaler.dosage_instruction[0].as_needed_boolean, Some(true));
            assert!(!inhaler.repeats_allowed());
            assert_eq!(inhaler.requester_role_id(), None);
            let paused: MedicationRequest =
                decode(fixture!("variant-medicationrequest-no-dosage.json"));
            assert_eq!(
                paused.medicine_name().as_deref(),
                Some("Metformine tablet 500 mg")
            );
            assert_eq!((paused.how_to_take(), paused.dose()), (None, None));
            assert_eq!((paused.start(), paused.end()), (day(2024, 6, 3), None));
            assert_eq!(paused.phase(), Phase::Current);
            assert_eq!(
                paused.stop_reason(),
                Some("Tijdelijk gestopt rond de operatie")
            );
            assert!(!paused.repeats_allowed());
            assert_eq!(paused.requester_role_id(), Some("role-unknown"));
            assert_eq!(specialism_of(&paused, &[]), None, "role not included");
        }

        #[test]
        fn variant_observations() {
            let smoking: Observation = decode(fixture!(
                "variant-observation-codeableconcept-no-effective.json"
            ));
            assert!(
                matches!(smoking.value(), Some(Value::Concept(c)) if c.label() == Some("Former smoker"))
            );
            assert_eq!((smoking.when(), smoking.date()), (None, None));
            let groups = group_by_date(std::slice::from_ref(&smoking));
            assert_eq!((groups.len(), groups[0].date), (1, None));
            let kinds = measurement_kinds(&[smoking]);
            assert_eq!(kinds[0].rows.len(), 1);
            assert!(kinds[0].series[0].points.is_empty(), "no date, no point");

            let text: Json =
                serde_json::from_str(fixture!("variant-observation-valuequantity-string.json"))
                    .unwrap();
            let problem = decode_resource::<Observation>(&text).unwrap_err();
            assert_eq!(problem.resource_type, "Observation");
            assert_eq!(problem.id.as_deref(), Some("variant-quantity-string"));
            assert_eq!(problem.error, "valueQuantity.value: expected a number");

            let crp: Observation = decode(fixture!("variant-observation-valuestring-range.json"));
            assert_eq!(crp.value(), Some(Value::Text("<5".into())));
            assert_eq!((crp.flag(), crp.number()), (None, None));

            let egfr: Observation =
                decode(fixture!("variant-observation-quantity-comparator.json"));
            assert!(
                matches!(egfr.value(), Some(Value::Quantity(q)) if q.comparator.as_deref() == Some(">"))
            );
            assert_eq!(
                (egfr.flag(), egfr.number()),
                (None, None),
                "> 90 is not low"
            );

            let page = decode_page::<Observation>(fixture!(
                "variant-bundle-searchset-malformed-entry.json"
            ))
            .unwrap();
            let ids: Vec<_> = page.items.iter().filter_map(|o| o.id.as_deref()).collect();
            assert_eq!(ids, ["variant-hr-1", "variant-rr-1"]);
            assert_eq!(page.problems.len(), 1);
            assert_eq!(page.problems[0].id.as_deref(), Some("variant-bad-status"));
        }

        /// Every demo bundle (`public/demo/*.json`), read at test time so a
        /// new persona is covered too.
        fn demo_bundles() -> Vec<(String, Vec<Json>)> {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/demo");
            let mut out = Vec::new();
            for entry in std::fs::read_dir(&dir).expect("public/demo") {
                let path = entry.expect("dir entry").path();
                if path.extension().and_then(|e| e.to_str()) != Some("json") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable");
                let value: Json = serde_json::from_str(&text).expect("demo file is JSON");
                if value["resourceType"] != "Bundle" {
                    continue;
                }
                let resources = value["entry"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| e["resource"].clone())
                    .collect();
                out.push((path.display().to_string(), resources));
            }
            out
        }

        fn decode_all<T: Resource>(file: &str, resources: &[Json]) -> Vec<T> {
            resources
                .iter()
                .filter(|r| r["resourceType"] == T::TYPE)
                .map(|r| {
                    decode_resource(r).unwrap_or_else(|p| panic!("{file} {:?}: {}", p.id, p.error))
                })
                .collect()
        }

        #[test]
        fn every_demo_result_and_prescription_decodes() {
            let bundles = demo_bundles();
            let roles: Vec<PractitionerRole> = bundles
                .iter()
                .flat_map(|(file, r)| decode_all::<PractitionerRole>(file, r))
                .collect();
            let (mut n_obs, mut n_reports, mut n_meds) = (0, 0, 0);
            for (file, resources) in &bundles {
                let observations: Vec<Observation> = decode_all(file, resources);
                let reports: Vec<DiagnosticReport> = decode_all(file, resources);
                let meds: Vec<MedicationRequest> = decode_all(file, resources);
                for (group, report) in group_by_report(&reports, &observations)
                    .iter()
                    .zip(&reports)
                {
                    assert_eq!(
                        group.results.len(),
                        report.result.len(),
                        "{file}: every result present"
                    );
                    assert!(group.date.is_some() && group.title.is_some(), "{file}");
                }
                for med in &meds {
                    assert!(med.medicine_name().is_some(), "{file} {:?}", med.id);
                    assert!(
                        specialism_of(med, &roles).is_some(),
                        "{file} {:?}: the prescriber's role is in shared.json",
                        med.id
                    );
                }
                let vitals: Vec<Observation> = observations
                    .iter()
                    .filter(|o| o.is_category("vital-signs"))
                    .cloned()
                    .collect();
                if !vitals.is_empty() {
                    let kinds = measurement_kinds(&vitals);
                    assert_eq!(kinds[0].label, "Gewicht", "{file}");
                    for kind in kinds.iter().filter(|k| k.label == "Bloeddruk") {
                        let labels: Vec<&str> =
                            kind.series.iter().map(|s| s.label.as_str()).collect();
                        assert_eq!(labels, ["Systolische bloeddruk", "Diastolische bloeddruk"]);
                    }
                }
                n_obs += observations.len();
                n_reports += reports.len();
                n_meds += meds.len();
            }
            assert!(n_obs > 100 && n_reports > 10 && n_meds > 10);
        }
    }
}
