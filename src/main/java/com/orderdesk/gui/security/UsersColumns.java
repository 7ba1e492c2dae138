package com.orderdesk.gui.security;

import com.orderdesk.application.security.UserSummary;
import com.orderdesk.gui.common.CellTip;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.TextColumn;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The Users list's columns. They share the list's width (all five read whole at 1366 px beside the form). Where
 * the list is narrow (some 460 px at 1024 x 768) the user name and the sign-in keep their text whole: the user name
 * is what the administrator looks for, and the sign-in shows its short form ("12/7/26, 3:05 PM") where the long
 * one ("Dec 7, 2026, 3:05 PM") does not fit, the long one in its tooltip; the name, the roles and the status give
 * way, each whole in its tooltip (walk of 8 December: "o..." and "Dec 7, 202...").
 */
final class UsersColumns {
    /** The user name's least width: the title and a user name of up to some eight letters ("olivia.b"). */
    private static final double USER_NAME_WIDTH = 76;
    /** The sign-in's least width: its short form ("12/31/26, 12:59 PM") whole. */
    private static final double SIGN_IN_WIDTH = 150;

    private UsersColumns() {
    }

    static void install(TableView<UserSummary> table, Function<UserSummary, String> state, Formats formats, ZoneId zone) {
        TableColumn<UserSummary, String> user = column("User", UserSummary::userName, 65);
        user.setMinWidth(USER_NAME_WIDTH);
        table.getColumns().setAll(List.of(
                user,
                givingWay(column("Name", UserSummary::displayName, 110), 64),
                // two roles read whole; three or four ("Order clerk and Credit manager and AR clerk and ...") cannot
                // at 1366 px beside the form: the cell's tooltip has them all, the form's boxes too
                givingWay(column("Roles", u -> UsersViewModel.labels(u.roles()), 230), 64),
                givingWay(column("Status", state, 175), 70),
                signIn(formats, zone)));
        // all five columns fit the list's width, also at 1366 px beside the form; user names are short,
        // a sign-in time ("Dec 5, 2026, 12:03 PM"), two roles ("Order clerk and Credit manager") and
        // "Must change password" are not (each was cut once; the widths share out about 805 px there)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static TableColumn<UserSummary, String> signIn(Formats formats, ZoneId zone) {
        TableColumn<UserSummary, String> c = column("Last sign-in", u -> u.lastSignIn() == null ? "never"
                : formats.dateTime(u.lastSignIn(), zone), 175);
        c.setMinWidth(SIGN_IN_WIDTH);
        // a sign-in is recent: a two-digit year is not in doubt there (dates typed in the desk keep four digits)
        DateTimeFormatter shortForm = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault());
        c.setCellFactory(col -> new TableCell<>() {
            {
                widthProperty().addListener(o -> show());
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                show();
            }

            private void show() {
                UserSummary row = getTableRow() == null ? null : getTableRow().getItem();
                String whole = isEmpty() ? null : getItem();
                if (whole == null || row == null || row.lastSignIn() == null || fits(whole)) {
                    setText(whole);
                    CellTip.show(this, null);
                    return;
                }
                setText(shortForm.format(row.lastSignIn().atZone(zone)));
                CellTip.show(this, whole);
            }

            private boolean fits(String text) {
                Text measured = new Text(text);
                measured.setFont(getFont());
                return measured.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() <= getWidth();
            }
        });
        return c;
    }

    /** A column whose text gives way where the list is narrow (whole in the cell's tooltip), its title whole. */
    private static TableColumn<UserSummary, String> givingWay(TableColumn<UserSummary, String> c, double titleWidth) {
        c.setMinWidth(titleWidth);
        return TextColumn.wholeInTooltip(c);
    }

    private static TableColumn<UserSummary, String> column(String title, Function<UserSummary, String> value, double width) {
        TableColumn<UserSummary, String> c = TextColumn.of(title, value, width);
        c.setId("col-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return c;
    }
}
