//! An in-memory FHIR server for demo mode, over the demo bundles.
//!
//! It answers the way a real server behind the portal's gateway would:
//! reads, searches with `_count`/`_offset` paging, `next` links, `_sort`,
//! `_summary=count` and `_include`, creates, and 403 for a patient the
//! signed-in person may not see. Pure Rust over JSON, so it is tested natively.

use super::query::{Matcher, sort_key};
use crate::access::decide;
use crate::fhir::bundle::decode_resource;
use crate::fhir::model::{BSN_SYSTEM, Patient, RelatedPerson};
use crate::fhir::search::{ParsedUrl, decode, parse_url};
use crate::fhir::transport::{Method, Request, Response};
use chrono::NaiveDate;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Resource types that hold no patient data: anyone signed in may read them.
const SHARED_TYPES: &[&str] = &[
    "Organization",
    "Practitioner",
    "PractitionerRole",
    "HealthcareService",
    "Location",
    "Questionnaire",
    // A product, not a patient's: what a prescription points to.
    "Medication",
];

/// What the portal writes, and the field naming who wrote it: the only
/// writes this server (like the connected gateway) accepts.
const WRITES: &[(&str, &str)] = &[
    ("Communication", "sender"),
    ("Task", "requester"),
    ("QuestionnaireResponse", "author"),
    ("Consent", "performer"),
];

/// The demo server's data and who is asking.
pub struct DemoServer {
    resources: BTreeMap<String, Vec<Value>>,
    viewer_bsn: Option<String>,
    today: NaiveDate,
    created: u64,
    /// Every resource stored by a create or update, in order: the demo
    /// keeps them for the tab's session (see `demo::Journal`).
    journal: Vec<Value>,
}

fn outcome(status: u16, text: &str) -> Response {
    let body = json!({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":text}]});
    Response {
        status,
        body: body.to_string(),
    }
}

fn ok(status: u16, value: &Value) -> Response {
    Response {
        status,
        body: value.to_string(),
    }
}

/// The id of the patient whose record `resource` belongs to.
pub fn patient_of(resource: &Value) -> Option<String> {
    if resource.get("resourceType").and_then(Value::as_str) == Some("Patient") {
        return resource
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    let as_patient = |r: &Value| {
        r.get("reference")
            .and_then(Value::as_str)
            .and_then(|s| s.strip_prefix("Patient/"))
            .map(str::to_string)
    };
    for key in ["subject", "patient", "for", "beneficiary"] {
        if let Some(id) = resource.get(key).and_then(as_patient) {
            return Some(id);
        }
    }
    for (list, field) in [("participant", "actor"), ("entity", "what")] {
        let items = resource
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        if let Some(id) = items.filter_map(|i| i.get(field)).find_map(as_patient) {
            return Some(id);
        }
    }
    None
}

impl DemoServer {
    /// An empty server for `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            resources: BTreeMap::new(),
            viewer_bsn: None,
            today,
            created: 0,
            journal: Vec::new(),
        }
    }

    /// The resources written since the bundles were loaded.
    pub fn journal(&self) -> &[Value] {
        &self.journal
    }

    /// Stores resources written earlier in this session again (after a
    /// reload), as they were stored: same ids, updates replacing.
    pub fn replay(&mut self, written: Vec<Value>) {
        for resource in written {
            if let Some(n) = resource
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| id.strip_prefix("demo-"))
                .and_then(|n| n.parse::<u64>().ok())
            {
                self.created = self.created.max(n);
            }
            self.store(resource.clone());
            self.note(resource);
        }
    }

    /// Keeps `resource` in the journal: the latest version of each written
    /// resource, in the order they were first written.
    fn note(&mut self, resource: Value) {
        let key = |r: &Value| {
            (
                r.get("resourceType")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                r.get("id").and_then(Value::as_str).map(str::to_string),
            )
        };
        let wanted = key(&resource);
        match self.journal.iter_mut().find(|r| key(r) == wanted) {
            Some(slot) => *slot = resource,
            None => self.journal.push(resource),
        }
    }

    /// Inserts `resource`, replacing one with the same type and id.
    fn store(&mut self, resource: Value) {
        let kind = resource.get("resourceType").and_then(Value::as_str);
        let id = resource.get("id").and_then(Value::as_str);
        if let (Some(kind), Some(id)) = (kind, id)
            && let Some(list) = self.resources.get_mut(kind)
            && let Some(slot) = list
                .iter_mut()
                .find(|r| r.get("id").and_then(Value::as_str) == Some(id))
        {
            *slot = resource;
            return;
        }
        self.insert(resource);
    }

    /// Adds every resource of a `Bundle` (or a single resource).
    pub fn load(&mut self, bundle: Value) {
        match bundle.get("resourceType").and_then(Value::as_str) {
            Some("Bundle") => {
                if let Some(Value::Array(entries)) = bundle.get("entry") {
                    for entry in entries {
                        if let Some(resource) = entry.get("resource") {
                            self.insert(resource.clone());
                        }
                    }
                }
            }
            Some(_) => self.insert(bundle),
            None => {}
        }
    }

    fn insert(&mut self, resource: Value) {
        if let Some(kind) = resource.get("resourceType").and_then(Value::as_str) {
            self.resources
                .entry(kind.to_string())
                .or_default()
                .push(resource);
        }
    }

    /// Sets who is signed in (their BSN), or nobody.
    pub fn set_viewer(&mut self, bsn: Option<String>) {
        self.viewer_bsn = bsn;
    }

    fn get(&self, kind: &str, id: &str) -> Option<&Value> {
        self.resources
            .get(kind)?
            .iter()
            .find(|r| r.get("id").and_then(Value::as_str) == Some(id))
    }

    /// Whether the signed-in person may see the record of patient `id`:
    /// their own, or one they hold a valid authorization for today.
    pub fn may_see(&self, patient_id: &str) -> bool {
        let Some(bsn) = self.viewer_bsn.as_deref() else {
            return false;
        };
        let Some(patient) = self.get("Patient", patient_id) else {
            return false;
        };
        // A record that cannot be read opens nothing; the portal names it
        // (it comes, as a subset, with the authorizations' search).
        let patient: Patient = match decode_resource(patient) {
            Ok(p) => p,
            Err(_) => return false,
        };
        if patient.bsn() == Some(bsn) {
            return true;
        }
        self.authorizations_of(bsn).any(|rp| {
            rp.patient_id() == Some(patient_id)
                && rp
                    .authorization()
                    .is_some_and(|auth| decide(&auth, patient.birth(), self.today).is_allowed())
        })
    }

    /// The authorizations held by the person with `bsn`. One that cannot
    /// be read grants nothing here (a server decides access on what it can
    /// read, like `may_see` on an unreadable `Patient`); it is not hidden:
    /// the sign-in's own search returns it as stored, and the portal names
    /// it (`session::people`).
    fn authorizations_of<'a>(&'a self, bsn: &'a str) -> impl Iterator<Item = RelatedPerson> + 'a {
        self.resources
            .get("RelatedPerson")
            .into_iter()
            .flatten()
            .filter_map(|v| decode_resource::<RelatedPerson>(v).ok())
            .filter(move |rp| rp.bsn() == Some(bsn))
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &Request) -> Response {
        if self.viewer_bsn.is_none() {
            return outcome(401, "Not signed in");
        }
        let Some(url) = parse_url(&request.url, "demo:") else {
            return outcome(400, "Unknown server");
        };
        match (request.method, url.segments.as_slice()) {
            (Method::Get, [kind, id]) => self.read(kind, id),
            (Method::Get, [kind]) => self.search(kind, &url),
            (Method::Post, [kind]) => self.create(
                kind,
                request.body.as_deref(),
                request.if_none_exist.as_deref(),
            ),
            (Method::Put, [kind, id]) => self.update(kind, id, request.body.as_deref()),
            _ => outcome(405, "Not supported by the demo server"),
        }
    }

    fn visible(&self, resource: &Value, kind: &str) -> bool {
        if SHARED_TYPES.contains(&kind) {
            return true;
        }
        patient_of(resource).is_some_and(|p| self.may_see(&p))
    }

    fn read(&self, kind: &str, id: &str) -> Response {
        match self.get(kind, id) {
            None => outcome(404, "Not found"),
            Some(r) if self.visible(r, kind) => ok(200, r),
            Some(_) => outcome(403, "No access to this patient"),
        }
    }

    /// The identifier search the sign-in makes: the viewer's own records.
    fn own_identifier_search(&self, kind: &str, url: &ParsedUrl) -> bool {
        let own = self
            .viewer_bsn
            .as_deref()
            .map(|b| format!("{BSN_SYSTEM}|{b}"));
        matches!(kind, "Patient" | "RelatedPerson") && url.get("identifier") == own.as_deref()
    }

    fn search(&self, kind: &str, url: &ParsedUrl) -> Response {
        let matcher = match Matcher::new(kind, &url.params) {
            Ok(m) => m,
            Err(e) => return outcome(400, &e),
        };
        let own_search = self.own_identifier_search(kind, url);
        if !SHARED_TYPES.contains(&kind) && !own_search {
            match matcher.patient() {
                Some(p) if self.may_see(p) => {}
                Some(_) => return outcome(403, "No access to this patient"),
                None => return outcome(403, "A search must name a patient"),
            }
        }
        let mut hits: Vec<&Value> = self
            .resources
            .get(kind)
            .into_iter()
            .flatten()
            .filter(|r| matcher.matches(r))
            .collect();
        if let Some(sort) = url.get("_sort") {
            let (desc, field) = match sort.strip_prefix('-') {
                Some(f) => (true, f),
                None => (false, sort),
            };
            crate::sort::sort_by(&mut hits, |a, b| {
                let order = sort_key(a, field).cmp(&sort_key(b, field));
                if desc { order.reverse() } else { order }
            });
        }
        let count = url
            .get("_count")
            .and_then(|c| c.parse::<usize>().ok())
            .unwrap_or(50)
            .clamp(1, 500);
        let offset = url
            .get("_offset")
            .and_then(|c| c.parse::<usize>().ok())
            .unwrap_or(0);
        let total = hits.len();
        if url.get("_summary") == Some("count") {
            // How many, nothing else (FHIR R4 search, `_summary=count`).
            return ok(
                200,
                &json!({"resourceType": "Bundle", "type": "searchset", "total": total}),
            );
        }
        let page: Vec<&Value> = hits.into_iter().skip(offset).take(count).collect();
        let mut entries: Vec<Value> = page
            .iter()
            .map(|r| json!({"resource": r, "search": {"mode": "match"}}))
            .collect();
        for included in self.includes(&page, url) {
            entries.push(json!({"resource": included, "search": {"mode": "include"}}));
        }
        let mut links =
            vec![json!({"relation": "self", "url": self_link(kind, &url.params, offset)})];
        if offset + count < total {
            links.push(
                json!({"relation": "next", "url": self_link(kind, &url.params, offset + count)}),
            );
        }
        ok(
            200,
            &json!({"resourceType": "Bundle", "type": "searchset", "total": total, "link": links, "entry": entries}),
        )
    }

    /// `_include=Type:field` (or `Type:field:TargetType`): the resources
    /// `field` references, one reference or a list (`DiagnosticReport:result`);
    /// `_include:iterate` also follows the references of what was included
    /// (`Observation:has-member`: a panel's members, and theirs). An include
    /// for another type is ignored. A patient the viewer may no longer see
    /// is included as a subset (name and birth date only), so a
    /// representative learns why access ended.
    fn includes(&self, page: &[&Value], url: &ParsedUrl) -> Vec<Value> {
        let specs: Vec<(bool, &str)> = url
            .params
            .iter()
            .filter_map(|(k, v)| match k.as_str() {
                "_include" => Some((false, v.as_str())),
                "_include:iterate" => Some((true, v.as_str())),
                _ => None,
            })
            .collect();
        let mut out: Vec<Value> = Vec::new();
        let mut round: Vec<Value> = page.iter().map(|r| (*r).clone()).collect();
        // A panel of panels is rare; four levels is more than any record has.
        for depth in 0..4 {
            let mut added = Vec::new();
            for (iterate, include) in &specs {
                if depth > 0 && !iterate {
                    continue;
                }
                let mut parts = include.split(':');
                let (Some(from), Some(field)) = (parts.next(), parts.next()) else {
                    continue;
                };
                let target_type = parts.next();
                // Search parameter → element path, where they differ.
                let path = match (from, field) {
                    ("Appointment", "actor") => "participant.actor",
                    ("Observation", "has-member") => "hasMember",
                    ("Immunization", "performer") => "performer.actor",
                    ("MedicationRequest", "medication") => "medicationReference",
                    _ => field,
                };
                let from_here = round
                    .iter()
                    .filter(|r| r.get("resourceType").and_then(Value::as_str) == Some(from));
                for resource in from_here {
                    let refs: Vec<Value> = super::query::values_at(resource, path)
                        .into_iter()
                        .cloned()
                        .collect();
                    for r in refs {
                        if let Some(shown) = self.included(&r, target_type)
                            && !out
                                .iter()
                                .chain(&added)
                                .chain(page.iter().copied())
                                .any(|o| same(o, &shown))
                        {
                            added.push(shown);
                        }
                    }
                }
            }
            if added.is_empty() {
                break;
            }
            out.extend(added.iter().cloned());
            round = added;
        }
        out
    }

    /// The resource a reference in an include points to, as the viewer may
    /// see it (a patient no longer visible as a subset), if any.
    fn included(&self, r: &Value, target_type: Option<&str>) -> Option<Value> {
        // A Reference, or a canonical (`QuestionnaireResponse.questionnaire`).
        let (kind, id) = r
            .as_str()
            .or_else(|| r.get("reference").and_then(Value::as_str))
            .and_then(|s| s.split_once('/'))?;
        if target_type.is_some_and(|t| t != kind) {
            return None;
        }
        let target = self.get(kind, id)?;
        if self.visible(target, kind) {
            Some(target.clone())
        } else if kind == "Patient" {
            Some(
                json!({"resourceType":"Patient","id":id,"name":target.get("name"),
                   "birthDate":target.get("birthDate"),
                   "meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ObservationValue","code":"SUBSETTED"}]}}),
            )
        } else {
            None
        }
    }

    /// Checks a write: JSON of the type in the URL, one the portal makes,
    /// for a patient the viewer may see, and naming the viewer as its
    /// author: their own `Patient`, or their `RelatedPerson` for that
    /// patient. Returns the resource or the refusal.
    fn check_write(&self, kind: &str, body: Option<&str>) -> Result<Value, Response> {
        let Some(Ok(resource)) = body.map(serde_json::from_str::<Value>) else {
            return Err(outcome(400, "The body is not JSON"));
        };
        if resource.get("resourceType").and_then(Value::as_str) != Some(kind) {
            return Err(outcome(400, "resourceType does not match the URL"));
        }
        let Some((_, author_field)) = WRITES.iter().find(|(k, _)| *k == kind) else {
            return Err(outcome(403, "The portal may not write this"));
        };
        let patient = match patient_of(&resource) {
            Some(p) if self.may_see(&p) => p,
            _ => return Err(outcome(403, "No access to this patient")),
        };
        let author = match resource.get(*author_field) {
            Some(Value::Array(list)) => list.first(),
            other => other,
        };
        let author = author
            .and_then(|a| a.get("reference"))
            .and_then(Value::as_str)
            .and_then(|r| r.split_once('/'));
        if !author.is_some_and(|(k, id)| self.is_viewer(k, id, &patient)) {
            return Err(outcome(
                403,
                "The author must be the signed-in person or their authorization",
            ));
        }
        Ok(resource)
    }

    /// Whether `kind/id` is the signed-in person acting for `patient`.
    fn is_viewer(&self, kind: &str, id: &str, patient: &str) -> bool {
        let Some(bsn) = self.viewer_bsn.as_deref() else {
            return false;
        };
        let Some(found) = self.get(kind, id) else {
            return false;
        };
        match kind {
            "Patient" => decode_resource::<Patient>(found).is_ok_and(|p| p.bsn() == Some(bsn)),
            "RelatedPerson" => decode_resource::<RelatedPerson>(found)
                .is_ok_and(|rp| rp.bsn() == Some(bsn) && rp.patient_id() == Some(patient)),
            _ => false,
        }
    }

    fn create(&mut self, kind: &str, body: Option<&str>, condition: Option<&str>) -> Response {
        let mut resource = match self.check_write(kind, body) {
            Ok(r) => r,
            Err(refusal) => return refusal,
        };
        if let Some(condition) = condition {
            let params: Vec<(String, String)> = condition
                .split('&')
                .filter_map(|p| p.split_once('='))
                .map(|(k, v)| (decode(k), decode(v)))
                .collect();
            let matcher = match Matcher::new(kind, &params) {
                Ok(m) => m,
                Err(e) => return outcome(400, &e),
            };
            let existing = self
                .resources
                .get(kind)
                .into_iter()
                .flatten()
                .find(|r| matcher.matches(r) && self.visible(r, kind));
            if let Some(existing) = existing {
                return ok(200, existing);
            }
        }
        self.created += 1;
        let id = format!("demo-{}", self.created);
        if let Some(map) = resource.as_object_mut() {
            map.insert("id".into(), Value::String(id));
        }
        self.insert(resource.clone());
        self.note(resource.clone());
        ok(201, &resource)
    }

    /// Update: only of an existing resource the viewer may see, staying in
    /// the same record; a completed questionnaire is final.
    fn update(&mut self, kind: &str, id: &str, body: Option<&str>) -> Response {
        let resource = match self.check_write(kind, body) {
            Ok(r) => r,
            Err(refusal) => return refusal,
        };
        if resource.get("id").and_then(Value::as_str) != Some(id) {
            return outcome(400, "The id in the body does not match the URL");
        }
        let Some(current) = self.get(kind, id) else {
            return outcome(404, "Not found");
        };
        if !self.visible(current, kind) || patient_of(current) != patient_of(&resource) {
            return outcome(403, "No access to this patient");
        }
        if kind == "QuestionnaireResponse"
            && current.get("status").and_then(Value::as_str) == Some("completed")
        {
            return outcome(409, "A completed questionnaire cannot be changed");
        }
        self.store(resource.clone());
        self.note(resource.clone());
        ok(200, &resource)
    }
}

fn self_link(kind: &str, params: &[(String, String)], offset: usize) -> String {
    let mut query = crate::fhir::SearchQuery::new("");
    for (k, v) in params.iter().filter(|(k, _)| k != "_offset") {
        query = query.param(k, v.clone());
    }
    let url = query.param("_offset", offset.to_string()).to_url();
    format!("{kind}{url}")
}

/// Whether two resources are the same one (type and id).
fn same(a: &Value, b: &Value) -> bool {
    a.get("id") == b.get("id") && a.get("resourceType") == b.get("resourceType")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> DemoServer {
        let mut s = DemoServer::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let bsn = |b: &str| json!([{"system": BSN_SYSTEM, "value": b}]);
        let role = |code: &str| json!([{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":code}]}]);
        s.load(json!({"resourceType":"Bundle","entry":[
            {"resource":{"resourceType":"Patient","id":"mum","identifier":bsn("111"),"birthDate":"1985-03-01","name":[{"text":"Mum"}]}},
            {"resource":{"resourceType":"Patient","id":"kid","identifier":bsn("222"),"birthDate":"2018-05-05","name":[{"text":"Kid"}]}},
            {"resource":{"resourceType":"Patient","id":"teen","identifier":bsn("333"),"birthDate":"2010-11-03","name":[{"text":"Teen"}]}},
            {"resource":{"resourceType":"RelatedPerson","id":"a1","identifier":bsn("111"),"patient":{"reference":"Patient/kid"},"relationship":role("parent")}},
            {"resource":{"resourceType":"RelatedPerson","id":"a2","identifier":bsn("111"),"patient":{"reference":"Patient/teen"},"relationship":role("parent")}},
            {"resource":{"resourceType":"Organization","id":"org"}}
        ]}));
        for i in 0..5 {
            s.insert(json!({"resourceType":"Observation","id":format!("o{i}"),"status":"final",
                "subject":{"reference":"Patient/kid"},"effectiveDateTime":format!("2026-0{}-01", i + 1),
                "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}]}));
        }
        s.insert(
            json!({"resourceType":"Observation","id":"t1","subject":{"reference":"Patient/teen"}}),
        );
        s.set_viewer(Some("111".into()));
        s
    }

    fn get(s: &mut DemoServer, url: &str) -> (u16, Value) {
        let r = s.handle(&Request::get(url));
        (r.status, serde_json::from_str(&r.body).unwrap())
    }

    #[test]
    fn reads_own_and_represented_and_refuses_the_rest() {
        let mut s = server();
        assert_eq!(get(&mut s, "Patient/mum").0, 200);
        assert_eq!(get(&mut s, "Patient/kid").0, 200);
        // Teen turned 16 twenty days ago: parental access ended.
        assert_eq!(get(&mut s, "Patient/teen").0, 403);
        assert_eq!(get(&mut s, "Observation/t1").0, 403);
        assert_eq!(get(&mut s, "Observation?patient=teen").0, 403);
        assert_eq!(get(&mut s, "Observation").0, 403);
        assert_eq!(get(&mut s, "Patient/nobody").0, 404);
        assert_eq!(get(&mut s, "Organization/org").0, 200);
        s.set_viewer(None);
        assert_eq!(get(&mut s, "Patient/mum").0, 401);
    }

    #[test]
    fn searches_page_with_next_links_and_sort() {
        let mut s = server();
        let (status, b) = get(
            &mut s,
            "Observation?patient=kid&category=laboratory&_sort=-date&_count=2",
        );
        assert_eq!(status, 200);
        assert_eq!(b["total"], 5);
        assert_eq!(b["entry"][0]["resource"]["id"], "o4");
        let next = b["link"][1]["url"].as_str().unwrap().to_string();
        assert_eq!(
            next,
            "Observation?patient=kid&category=laboratory&_sort=-date&_count=2&_offset=2"
        );
        let (_, b2) = get(&mut s, &next);
        assert_eq!(b2["entry"][0]["resource"]["id"], "o2");
        let (_, last) = get(&mut s, "Observation?patient=kid&_count=2&_offset=4");
        assert_eq!(
            last["link"].as_array().unwrap().len(),
            1,
            "no next link on the last page"
        );
        assert_eq!(get(&mut s, "Observation?patient=kid&bogus=1").0, 400);
    }

    #[test]
    fn sign_in_lookups_include_a_subset_of_patients_no_longer_visible() {
        let mut s = server();
        let (status, b) = get(
            &mut s,
            &format!("RelatedPerson?identifier={BSN_SYSTEM}|111&_include=RelatedPerson:patient"),
        );
        assert_eq!(status, 200);
        let entries = b["entry"].as_array().unwrap();
        assert_eq!(entries.len(), 4);
        let teen = entries
            .iter()
            .find(|e| e["resource"]["id"] == "teen")
            .unwrap();
        assert_eq!(teen["resource"]["meta"]["tag"][0]["code"], "SUBSETTED");
        assert!(teen["resource"].get("identifier").is_none());
        // Someone else's identifier is not searchable.
        assert_eq!(
            get(
                &mut s,
                &format!("RelatedPerson?identifier={BSN_SYSTEM}|222")
            )
            .0,
            403
        );
    }

    #[test]
    fn includes_the_results_of_a_report_the_viewer_may_see() {
        use crate::fhir::bundle::decode_page;
        use crate::fhir::diagnostic_report::DiagnosticReport;
        use crate::fhir::observation::{Observation, group_by_report};
        let mut s = server();
        s.insert(
            json!({"resourceType":"DiagnosticReport","id":"rep","status":"final",
            "subject":{"reference":"Patient/kid"},"code":{"text":"Bloedonderzoek"},
            "result":[{"reference":"Observation/o3"},{"reference":"Observation/o1"},
                      {"reference":"Observation/gone"},{"reference":"Observation/t1"}]}),
        );
        let (status, b) = get(
            &mut s,
            "DiagnosticReport?patient=kid&_include=DiagnosticReport:result",
        );
        assert_eq!(status, 200);
        let mut page = decode_page::<DiagnosticReport>(&b.to_string()).unwrap();
        assert_eq!(page.items.len(), 1);
        let observations: Vec<Observation> = page.take_included();
        assert!(page.problems.is_empty());
        assert_eq!(
            observations.len(),
            2,
            "missing and not-visible (teen) results are left out"
        );
        let groups = group_by_report(&page.items, &observations);
        let ids: Vec<_> = groups[0]
            .results
            .iter()
            .filter_map(|o| o.id.as_deref())
            .collect();
        assert_eq!(ids, ["o3", "o1"]);
        let (_, other) = get(
            &mut s,
            "DiagnosticReport?patient=kid&_include=MedicationRequest:requester",
        );
        assert_eq!(other["entry"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn includes_the_prescribers_role_for_the_specialism() {
        use crate::fhir::bundle::decode_page;
        use crate::fhir::medication::{MedicationRequest, PractitionerRole, specialism_of};
        let mut s = server();
        s.insert(json!({"resourceType":"PractitionerRole","id":"role-x",
            "specialty":[{"text":"Kindergeneeskunde"}]}));
        s.insert(
            json!({"resourceType":"MedicationRequest","id":"m1","status":"active",
            "subject":{"reference":"Patient/kid"},"medicationCodeableConcept":{"text":"Salbutamol"},
            "requester":{"reference":"PractitionerRole/role-x","display":"Dr. X"}}),
        );
        for include in [
            "MedicationRequest:requester",
            "MedicationRequest:requester:PractitionerRole",
        ] {
            let (status, b) = get(
                &mut s,
                &format!("MedicationRequest?patient=kid&_include={include}"),
            );
            assert_eq!(status, 200);
            let mut page = decode_page::<MedicationRequest>(&b.to_string()).unwrap();
            assert_eq!(page.items.len(), 1);
            let roles = page.take_included::<PractitionerRole>();
            assert_eq!(
                specialism_of(&page.items[0], &roles).as_deref(),
                Some("Kindergeneeskunde"),
                "{include}"
            );
        }
        let (_, b) = get(
            &mut s,
            "MedicationRequest?patient=kid&_include=MedicationRequest:requester:Practitioner",
        );
        assert_eq!(
            b["entry"].as_array().map(Vec::len),
            Some(1),
            "wrong target type"
        );
    }

    fn write(s: &mut DemoServer, method: Method, url: &str, body: Value) -> (u16, Value) {
        let r = s.handle(&Request {
            method,
            url: url.into(),
            body: Some(body.to_string()),
            if_none_exist: None,
        });
        (r.status, serde_json::from_str(&r.body).unwrap())
    }

    /// The status of a create.
    fn post(s: &mut DemoServer, url: &str, body: Value) -> u16 {
        write(s, Method::Post, url, body).0
    }

    /// The status of an update.
    fn put(s: &mut DemoServer, url: &str, body: Value) -> u16 {
        write(s, Method::Put, url, body).0
    }

    fn message(patient: &str, sender: &str) -> Value {
        json!({"resourceType":"Communication","subject":{"reference":format!("Patient/{patient}")},
               "sender":{"reference":sender}})
    }

    #[test]
    fn creates_only_for_visible_patients_by_the_viewer() {
        let mut s = server();
        let (status, stored) = write(
            &mut s,
            Method::Post,
            "Communication",
            message("kid", "RelatedPerson/a1"),
        );
        assert_eq!(status, 201);
        assert_eq!(stored["id"], "demo-1");
        assert_eq!(s.journal().len(), 1);
        // Own record, as the patient.
        assert_eq!(
            post(&mut s, "Communication", message("mum", "Patient/mum")),
            201
        );
        // Parental access to teen ended.
        assert_eq!(
            post(&mut s, "Communication", message("teen", "RelatedPerson/a2")),
            403
        );
        // Someone else as sender, or the authorization for another child.
        assert_eq!(
            post(&mut s, "Communication", message("kid", "Patient/kid")),
            403
        );
        assert_eq!(
            post(&mut s, "Communication", message("kid", "RelatedPerson/a2")),
            403
        );
        assert_eq!(
            post(
                &mut s,
                "Communication",
                json!({"resourceType":"Communication","subject":{"reference":"Patient/kid"}})
            ),
            403
        );
        // Writes the portal never makes.
        assert_eq!(
            post(
                &mut s,
                "Observation",
                json!({"resourceType":"Observation","subject":{"reference":"Patient/kid"}})
            ),
            403
        );
        assert_eq!(
            post(&mut s, "Patient", json!({"resourceType":"Patient"})),
            403
        );
        assert_eq!(
            post(&mut s, "Communication", json!({"resourceType":"Task"})),
            400
        );
        assert_eq!(s.journal().len(), 2);
    }

    #[test]
    fn an_unreadable_authorization_grants_nothing_but_is_returned_to_be_named() {
        let mut s = server();
        s.insert(json!({"resourceType":"Patient","id":"nephew","birthDate":"2019-01-01"}));
        s.insert(json!({"resourceType":"RelatedPerson","id":"a9",
            "identifier":[{"system": BSN_SYSTEM, "value": "111"}],
            "patient":{"reference":"Patient/nephew"},"relationship":"not a list"}));
        assert!(!s.may_see("nephew"));
        assert!(s.may_see("kid"), "the readable ones still count");
        let (status, b) = get(
            &mut s,
            &format!("RelatedPerson?identifier={BSN_SYSTEM}|111"),
        );
        assert_eq!(status, 200);
        let ids: Vec<&str> = b["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["resource"]["id"].as_str())
            .collect();
        assert!(ids.contains(&"a9"), "{ids:?}");
    }

    #[test]
    fn a_conditional_create_sent_twice_is_stored_once() {
        let mut s = server();
        let mut body = message("kid", "RelatedPerson/a1");
        body["identifier"] = json!([{"system":"urn:portal","value":"k1"}]);
        let send = |s: &mut DemoServer| {
            s.handle(&Request {
                method: Method::Post,
                url: "Communication".into(),
                body: Some(body.to_string()),
                if_none_exist: Some("identifier=urn%3Aportal%7Ck1".into()),
            })
        };
        assert_eq!(send(&mut s).status, 201);
        let again = send(&mut s);
        assert_eq!(again.status, 200);
        assert!(again.body.contains("demo-1"));
        assert_eq!(s.journal().len(), 1);
    }

    #[test]
    fn updates_replace_and_a_completed_questionnaire_is_final() {
        let mut s = server();
        let draft = json!({"resourceType":"QuestionnaireResponse","status":"in-progress",
            "subject":{"reference":"Patient/kid"},"author":{"reference":"RelatedPerson/a1"}});
        let (status, stored) = write(&mut s, Method::Post, "QuestionnaireResponse", draft);
        assert_eq!(status, 201);
        let mut done = stored.clone();
        done["status"] = json!("completed");
        assert_eq!(
            put(&mut s, "QuestionnaireResponse/demo-1", done.clone()),
            200
        );
        assert_eq!(
            get(&mut s, "QuestionnaireResponse/demo-1").1["status"],
            "completed"
        );
        assert_eq!(
            put(&mut s, "QuestionnaireResponse/demo-1", done.clone()),
            409
        );
        assert_eq!(put(&mut s, "QuestionnaireResponse/other", done), 400);
        // The journal holds the latest version of each written resource.
        assert_eq!(s.journal().len(), 1);
        assert_eq!(s.journal()[0]["status"], "completed");
        // After a reload the journal puts back what was written.
        let journal = s.journal().to_vec();
        let mut fresh = server();
        fresh.replay(journal);
        assert_eq!(
            get(&mut fresh, "QuestionnaireResponse/demo-1").1["status"],
            "completed"
        );
        let (status, next) = write(
            &mut fresh,
            Method::Post,
            "Communication",
            message("kid", "RelatedPerson/a1"),
        );
        assert_eq!((status, next["id"].as_str()), (201, Some("demo-2")));
        // What was written before the reload stays in the journal after the
        // next write, so a second reload still has it.
        let kinds: Vec<_> = fresh
            .journal()
            .iter()
            .map(|r| r["resourceType"].clone())
            .collect();
        assert_eq!(
            kinds,
            [json!("QuestionnaireResponse"), json!("Communication")]
        );
    }

    #[test]
    fn appointments_include_their_actors() {
        let mut s = server();
        s.insert(json!({"resourceType":"Location","id":"loc","name":"Poli"}));
        s.insert(json!({"resourceType":"Appointment","id":"ap","status":"booked",
            "participant":[{"actor":{"reference":"Patient/kid"}},{"actor":{"reference":"Location/loc"}}]}));
        let (status, b) = get(
            &mut s,
            "Appointment?patient=kid&_include=Appointment:actor:Location",
        );
        assert_eq!(status, 200);
        assert_eq!(b["entry"][1]["resource"]["name"], "Poli");
    }

    #[test]
    fn responses_include_their_questionnaire_by_canonical() {
        let mut s = server();
        s.insert(json!({"resourceType":"Questionnaire","id":"q1","title":"Pijn"}));
        s.insert(
            json!({"resourceType":"QuestionnaireResponse","id":"r1","status":"in-progress",
            "questionnaire":"Questionnaire/q1","subject":{"reference":"Patient/kid"}}),
        );
        let (status, b) = get(
            &mut s,
            "QuestionnaireResponse?patient=kid&_include=QuestionnaireResponse:questionnaire",
        );
        assert_eq!(status, 200);
        assert_eq!(b["entry"][0]["resource"]["id"], "r1");
        assert_eq!(b["entry"][1]["resource"]["title"], "Pijn");
    }
}
