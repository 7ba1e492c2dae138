-- A user may hold several roles, stored comma-separated in app_user.role (a small firm's owner can
-- be administrator and credit manager): the column grows. SQLite does not enforce the length.
ALTER TABLE app_user ALTER COLUMN role TYPE VARCHAR(100);
