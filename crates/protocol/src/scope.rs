//! Scopes partition the server's rows by who may see them. A device holds one cursor per scope.

use std::fmt;
use std::str::FromStr;

/// A sync scope: one participant's own rows, a course's rows shared by its members, or a bydel's
/// guidance articles. Written on the wire as `p:<id>`, `c:<id>` or `b:<id>`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Participant(String),
    Course(String),
    Bydel(String),
}

impl Scope {
    pub fn key(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Participant(id) => write!(f, "p:{id}"),
            Scope::Course(id) => write!(f, "c:{id}"),
            Scope::Bydel(id) => write!(f, "b:{id}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeParseError(pub String);

impl fmt::Display for ScopeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a scope: {:?}", self.0)
    }
}

impl std::error::Error for ScopeParseError {}

impl FromStr for Scope {
    type Err = ScopeParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ScopeParseError(s.chars().take(40).collect());
        let (prefix, id) = s.split_once(':').ok_or_else(bad)?;
        if id.is_empty() {
            return Err(bad());
        }
        match prefix {
            "p" => Ok(Scope::Participant(id.to_owned())),
            "c" => Ok(Scope::Course(id.to_owned())),
            "b" => Ok(Scope::Bydel(id.to_owned())),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        for s in [
            Scope::Participant("a".into()),
            Scope::Course("b".into()),
            Scope::Bydel("c".into()),
        ] {
            assert_eq!(s.to_string().parse::<Scope>(), Ok(s));
        }
        assert!("x:1".parse::<Scope>().is_err());
        assert!("p:".parse::<Scope>().is_err());
        assert!("p1".parse::<Scope>().is_err());
    }
}
