//! The sign-in-page assessment: does this page present itself as a retailer's sign-in while its
//! domain is not the retailer's? (finding `impersonated-signin`)

use crate::catalog::Catalog;
use crate::domain::DomainInfo;
use crate::signals::PageSignals;
use crate::verdict::Finding;

/// Findings from page signals on a non-official domain.
pub fn assess(_info: &DomainInfo, _signals: &PageSignals, _catalog: &Catalog) -> Vec<Finding> {
    Vec::new()
}
