"""Every action of the window, declared once, one file per menu: menus, toolbar and the
shortcuts list read `action_table.ACTIONS`.

A row says which controller callable it runs (`run`: given the window's Controllers, the
callable), so a static tool follows every caller and a misspelt name fails when the window is
built, not when the person clicks. `window_actions.bind_actions` resolves each row once and
connects it through the one ActionDispatcher, which writes the typing in progress first. Undo and
redo are the undo stack's own actions, so their text ("Undo Delete session") and enabled state
follow the stack by themselves; only their click goes through the editor.
"""
