"""The program's resources (fonts, icons, the demo workshop), installed as cmcoord_desktop.resources."""
