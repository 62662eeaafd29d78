package config

// Home resolves the data directory of a profile the way Load does (see the
// package doc): given (a --home flag), else $BMAIL_HOME, else the profile's
// XDG data directory. It does not read the config file, so commands that
// only need the directory (init, whoami) work even when the file is broken.
func Home(given, profile string, getenv func(string) string) (string, error) {
	home, _, err := resolveHome(first(given, getenv(EnvHome)), profile, getenv)
	return home, err
}
