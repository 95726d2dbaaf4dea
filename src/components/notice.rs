//! A notice box (NL Design System alert).

use leptos::prelude::*;

/// How a notice looks; status is also said in words by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NoticeKind {
    /// Information.
    #[default]
    Info,
    /// Something to act on or be careful with.
    Warning,
    /// Something went wrong.
    Error,
}

impl NoticeKind {
    /// The BEM modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Info => "info",
            NoticeKind::Warning => "warning",
            NoticeKind::Error => "error",
        }
    }
}

/// A notice with an optional heading. Errors are announced (`role=alert`);
/// information is read in place.
#[component]
pub fn Notice(
    /// The look and urgency.
    #[prop(optional)]
    kind: NoticeKind,
    /// Extra classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// An error that is said another way (through the live region) is not
    /// also an alert.
    #[prop(default = true)]
    announced: bool,
    /// The content.
    children: Children,
) -> impl IntoView {
    let classes = move || {
        format!(
            "utrecht-alert utrecht-alert--{} notice {}",
            kind.as_str(),
            class.get().unwrap_or_default()
        )
    };
    let role = (announced && kind == NoticeKind::Error).then_some("alert");
    view! {
        <div class=classes role=role>
            <div class="utrecht-alert__content">{children()}</div>
        </div>
    }
}
