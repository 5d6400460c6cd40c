package parse

import "math"

// maxAssignment solves the assignment problem on a rows×cols score matrix:
// it returns, for each row, the column it is matched to (or -1), such that
// no column is used twice and the sum of scores is maximal. Rows and
// columns may differ in number. Kuhn–Munkres with potentials runs in
// O(small²·large), small and large being the two sides: a page has a few
// articles, and however many headline-like lines it has (a listings page
// has hundreds), the cost stays linear in them.
func maxAssignment(score [][]float64) []int {
	rows := len(score)
	if rows == 0 {
		return nil
	}
	cols := len(score[0])
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if cols == 0 {
		return out
	}
	if rows > cols {
		// Solve the transpose so the loop runs over the smaller side.
		t := make([][]float64, cols)
		for j := range t {
			t[j] = make([]float64, rows)
			for i := range rows {
				t[j][i] = score[i][j]
			}
		}
		for j, i := range maxAssignment(t) {
			if i >= 0 {
				out[i] = j
			}
		}
		return out
	}
	// rows ≤ cols from here; 1-based as in the classic formulation.
	n, m := rows, cols
	cost := func(i, j int) float64 { return -score[i-1][j-1] }
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1) // p[j]: row matched to column j
	way := make([]int, m+1)
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0 := p[j0]
			delta := math.Inf(1)
			j1 := 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0, j) - u[i0] - v[j]
				if cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= m; j++ {
		if p[j] >= 1 {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
