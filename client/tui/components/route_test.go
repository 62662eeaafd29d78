package components

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// RouteKey: nothing open → not handled; an open prompt takes every key and
// answers with its trimmed value on enter, not on esc; an open question
// takes every key and confirms only on y.
func TestRouteKey(t *testing.T) {
	var p Prompt
	var c Confirm
	var answers, confirms []string
	answer := func(kind, v string) tea.Cmd { answers = append(answers, kind+"="+v); return nil }
	confirmed := func(kind string) tea.Cmd { confirms = append(confirms, kind); return nil }
	route := func(k string) bool {
		_, handled := RouteKey(&p, &c, press(k), answer, confirmed)
		return handled
	}
	if route("x") {
		t.Fatal("a key was taken with nothing open")
	}
	p.Open("name", "name:", " ", false)
	for _, k := range []string{"a", "b", " "} {
		if !route(k) {
			t.Fatalf("key %q passed an open prompt", k)
		}
	}
	route("enter")
	if len(answers) != 1 || answers[0] != "name=ab" || p.IsOpen() {
		t.Fatalf("answers %q, prompt open %v", answers, p.IsOpen())
	}
	p.Open("name", "name:", "zz", false)
	route("esc")
	if len(answers) != 1 || p.IsOpen() {
		t.Fatalf("esc answered: %q", answers)
	}
	c.Ask("block", "Block?", 0)
	if !route("x") || !c.IsOpen() {
		t.Fatal("an open question let a key through or closed on it")
	}
	route("n")
	c.Ask("block", "Block?", 0)
	route("y")
	if len(confirms) != 1 || confirms[0] != "block" || c.IsOpen() {
		t.Fatalf("confirms %q", confirms)
	}
}
