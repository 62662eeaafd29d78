package components

import "strings"

var sparkRunes = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws values (oldest first) as one line of block characters,
// scaled to the largest; the last `width` values are shown. A zero is the
// lowest block, so an empty period still shows.
func Sparkline(values []uint64, width int) string {
	if width <= 0 || len(values) == 0 {
		return ""
	}
	if len(values) > width {
		values = values[len(values)-width:]
	}
	var top uint64
	for _, v := range values {
		top = max(top, v)
	}
	var b strings.Builder
	for _, v := range values {
		i := 0
		if top > 0 {
			i = int(v * uint64(len(sparkRunes)-1) / top)
		}
		b.WriteRune(sparkRunes[i])
	}
	return b.String()
}
