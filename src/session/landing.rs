//! Where a sign-in may lead back to.

/// Only a patient path inside the portal may be returned to.
pub fn safe_return(path: Option<String>) -> Option<String> {
    path.filter(|p| p.starts_with("/p/") && !p.contains("//") && !p.contains('\\'))
}

#[cfg(test)]
mod tests {
    use super::safe_return;

    #[test]
    fn only_portal_paths_are_returned_to() {
        assert_eq!(
            safe_return(Some("/p/emma".into())).as_deref(),
            Some("/p/emma")
        );
        assert_eq!(safe_return(Some("https://evil.example".into())), None);
        assert_eq!(safe_return(Some("//evil.example/p/".into())), None);
        assert_eq!(safe_return(Some("/p//evil.example".into())), None);
        assert_eq!(safe_return(None), None);
    }
}
