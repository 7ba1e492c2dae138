-- Issue 11: company settings an administrator keeps in the window.
-- The terms a new customer starts with (what the demo book and most distributors use).
INSERT INTO company_setting (setting_key, setting_value)
SELECT 'company.defaultTerms', 'NET 30'
WHERE NOT EXISTS (SELECT 1 FROM company_setting WHERE setting_key = 'company.defaultTerms');
-- The company's own mail domains: only a book still showing the demo company gets the demo's
-- domain; any other company names its own in the settings.
INSERT INTO company_setting (setting_key, setting_value)
SELECT 'company.mailDomains', 'northwind-supply.example'
WHERE EXISTS (SELECT 1 FROM company_setting WHERE setting_key = 'company.name' AND setting_value = 'Northwind Supply Co.')
  AND NOT EXISTS (SELECT 1 FROM company_setting WHERE setting_key = 'company.mailDomains');
-- The users screen shows each user's last sign-in, read from the trail by action and user.
CREATE INDEX ix_audit_action_user ON audit_entry (action, username);
