package parse

// parseColumns parses a page of column text (what pdftotext writes) in
// stages, each in a file of its own with its own table tests:
//
//	lines     lines.go     classify each line; spaces, jump notes, datelines
//	blocks    blocks.go    group the lines into text blocks, captions, bylines
//	measure   measure.go   punctuation width and column width of the page
//	interleave glue.go     columns poppler glued into one line, cut and dealt back;
//	          interleave.go  columns poppler dealt line by line, dealt back
//	segment   segment.go   cut the blocks into stories and headline candidates
//	order     order.go     repair the reading order: stray columns, fragments;
//	          swap.go      two stories' rests emitted after each other's
//	          untangle.go  a story's columns read in rounds
//	reflow    reflow.go    join each story's column lines into paragraphs
//	bylines   byline.go    split off each story's lead and gather its bylines
//	headlines headline.go  give each story its headlines, for the whole page;
//	          stacks.go    stacks side by side, read row by row, dealt back
//
// The values the stages hand on are in values.go. No character is lost at
// any stage boundary (invariant_test.go checks each).
func parseColumns(raw []string) Page {
	lines := readLines(raw)
	els := groupBlocks(lines)
	m := measurePage(els)
	els = unglue(els, m)
	els = deinterleave(els, m.width)
	seg := segmentPage(els, m)
	orderStories(&seg)
	arts := reflowStories(seg.arts, m)
	takeBylines(arts, seg.arts)
	page := Page{Layout: LayoutColumns, Furniture: seg.furniture, Other: seg.other}
	page.Articles, page.Other = attachHeadlines(arts, seg.arts, seg.heads, page.Other)
	return page
}
