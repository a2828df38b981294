"""Qt item models of the three panels and the trash, refreshed from the one data-changed signal.

Each model loads only what is shown (the events, the sessions of one event, the groups of one
session). A refresh that keeps the same rows in the same order only says "data changed", so
views keep their selection and scroll position while someone types in the editor.
"""
