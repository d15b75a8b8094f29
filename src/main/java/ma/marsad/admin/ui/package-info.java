/** The administrators' screens: accounts, targets, and the audit trail of every change. */
package ma.marsad.admin.ui;
