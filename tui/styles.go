package tui

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/kanbao/kanbao/tui/render"
)

// Styles are the looks of the reader: colour and weight only. They never
// set widths, padding or alignment; the text package lays everything out.
type Styles struct {
	Header, Count, RuleLine, Group  lipgloss.Style
	Title, Second, Meta             lipgloss.Style
	Marker                          lipgloss.Style // the selection glyph
	Match                           lipgloss.Style // filter and search matches
	Current                         lipgloss.Style // the current search match
	Status, Key, Desc, Problem, Dim lipgloss.Style
	Roles                           map[render.Role]lipgloss.Style
}

// DefaultStyles returns styles that adapt to dark and light backgrounds.
// With noColor (NO_COLOR) they keep only weight, faintness and reverse
// video, which NO_COLOR allows; the selection glyph and reverse matches
// stay visible without colour.
func DefaultStyles(r *lipgloss.Renderer, noColor bool) Styles {
	ns := r.NewStyle
	accent := lipgloss.AdaptiveColor{Light: "#b3261e", Dark: "#ffb4a9"}
	dim := lipgloss.AdaptiveColor{Light: "#6b6b6b", Dark: "#9a9a9a"}
	hl := lipgloss.AdaptiveColor{Light: "#ffe08a", Dark: "#6b5500"}
	cur := lipgloss.AdaptiveColor{Light: "#ffb000", Dark: "#b07d00"}
	col := func(s lipgloss.Style, c lipgloss.AdaptiveColor) lipgloss.Style {
		if noColor {
			return s
		}
		return s.Foreground(c)
	}
	bg := func(s lipgloss.Style, c lipgloss.AdaptiveColor) lipgloss.Style {
		if noColor {
			return s.Reverse(true)
		}
		return s.Background(c)
	}
	faint := col(ns().Faint(noColor), dim)
	s := Styles{
		Header:   ns().Bold(true),
		Count:    faint,
		RuleLine: faint,
		Group:    col(ns().Bold(true), accent),
		Title:    ns().Bold(true),
		Second:   faint,
		Meta:     faint,
		Marker:   col(ns().Bold(true), accent),
		Match:    bg(ns().Underline(true), hl),
		Current:  bg(ns().Bold(true).Underline(true), cur),
		Status:   faint,
		Key:      ns().Bold(true),
		Desc:     faint,
		Problem:  col(ns().Bold(true), accent),
		Dim:      faint,
	}
	s.Roles = map[render.Role]lipgloss.Style{
		render.Plain:    ns(),
		render.Kicker:   faint,
		render.Title:    ns().Bold(true),
		render.Subtitle: ns(),
		render.Rule:     faint,
		render.Lead:     ns().Bold(true),
		render.RoleWord: faint,
		render.Name:     ns(),
		render.Caption:  faint,
		render.Furnish:  faint,
		render.Match:    s.Match,
		render.Current:  s.Current,
	}
	return s
}
