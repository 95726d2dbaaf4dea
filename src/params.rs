//! Typed route parameters, read the same way on every page:
//! `let id = route_id::<ReportParams>();` gives the `:report` of
//! `/p/:patient/verslagen/:report` as a memo ("" when the route has none,
//! so the server answers "not found" and the page says so).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos_router::params::Params;

/// A route's parameter struct names the one id the page is about.
pub trait RouteId {
    /// The parameter's name in the route (`report` for `:report`).
    const KEY: &'static str;
    fn id(&self) -> Option<&str>;
}

macro_rules! route_params {
    ($($(#[$doc:meta])* $name:ident { $field:ident })*) => {$(
        $(#[$doc])*
        #[derive(Params, Clone, Debug, Default, PartialEq)]
        pub struct $name {
            pub $field: Option<String>,
        }
        impl RouteId for $name {
            const KEY: &'static str = stringify!($field);
            fn id(&self) -> Option<&str> {
                self.$field.as_deref()
            }
        }
    )*};
}

route_params! {
    /// `/p/:patient/…`
    PatientParams { patient }
    /// `/p/:patient/verslagen/:report`
    ReportParams { report }
    /// `/p/:patient/brieven/:letter`
    LetterParams { letter }
    /// `/p/:patient/medicijnen/:medicine/herhaalrecept`
    MedicineParams { medicine }
    /// `/p/:patient/uitslagen/:result`
    ResultParams { result }
    /// `/p/:patient/vragenlijsten/:response`
    ResponseParams { response }
    /// `/p/:patient/vragenlijsten/dagboek/:questionnaire`
    QuestionnaireParams { questionnaire }
    /// `/p/:patient/e-consult/:thread`
    ThreadParams { thread }
}

/// The id in the current route, tracked: "" when it is missing.
///
/// Typed by the route's struct; read through one compiled copy for all of
/// them (a `use_params::<P>` per struct costs a copy of the params memo
/// per page).
pub fn route_id<P>() -> Memo<String>
where
    P: Params + RouteId + PartialEq + Send + Sync + 'static,
{
    route_key(P::KEY)
}

fn route_key(key: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(key).unwrap_or_default()))
}
