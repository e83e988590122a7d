#pragma once

namespace caiji {

class MainWindow;

/// The main window's menus and their shortcuts (spreadsheet habits: Ctrl+D fills down,
/// Ctrl+Y redoes, F9 checks the round). A friend of MainWindow: the actions call its slots.
class MainMenus
{
public:
    static void build(MainWindow& w);
};

} // namespace caiji
