package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// jsonLD returns the longest schema.org articleBody (or text of an
// Article) and the first datePublished found in the page's JSON-LD
// scripts ("" when absent).
func jsonLD(doc *html.Node) (body, published string) {
	best := ""
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script {
				if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(strings.TrimSpace(c.FirstChild.Data)), &v) == nil {
						findArticleBody(v, &best, &published, 0)
					}
				}
				continue
			}
			visit(c)
		}
	}
	visit(doc)
	return best, published
}

func findArticleBody(v any, best, published *string, depth int) {
	if depth > 20 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if k == "datePublished" && *published == "" {
				if s, ok := val.(string); ok {
					*published = s
				}
				continue
			}
			if k == "articleBody" || k == "text" && isArticleType(x["@type"]) {
				if s, ok := val.(string); ok && len(s) > len(*best) {
					*best = s
				}
				continue
			}
			findArticleBody(val, best, published, depth+1)
		}
	case []any:
		for _, e := range x {
			findArticleBody(e, best, published, depth+1)
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}
