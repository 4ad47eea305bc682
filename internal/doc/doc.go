// Package doc defines the Document, the one value that flows through sitrep:
// readers create it, stages annotate it, the store keeps it and the CLI prints
// it. Its JSON form is the public contract "sitrep/1" (see contract/).
package doc

import (
	"crypto/sha256"
	"encoding/hex"
)

// Contract is the version string written first in every document.
const Contract = "sitrep/1"

// Span is a half-open [start, end) range in code points into Document.Text.
type Span [2]int

// Source says where a document came from; any field may be empty (null in JSON).
type Source struct {
	URL    *string `json:"url"`
	Site   *string `json:"site"`
	File   *string `json:"file"`
	Format *string `json:"format"`
}

// Removal records one piece of text that cleaning dropped, and why.
type Removal struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Reasons a piece of text is removed (the contract's closed list).
const (
	ReasonShare     = "share"
	ReasonCaption   = "caption"
	ReasonCredit    = "credit"
	ReasonRelated   = "related"
	ReasonPromo     = "promo"
	ReasonDuplicate = "duplicate"
	ReasonTitle     = "title"
	ReasonOther     = "other"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

// Entity is one real-world entity with all its mentions merged.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Actor    *string   `json:"actor"`
	Country  *string   `json:"country"`
	Mentions []Mention `json:"mentions"`
}

// PlaceMention is one occurrence of a place in the text.
type PlaceMention struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Place is a resolved toponym.
type Place struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Country  *string        `json:"country"`
	Lat      float64        `json:"lat"`
	Lon      float64        `json:"lon"`
	GeoNames *int64         `json:"geonames"`
	Mentions []PlaceMention `json:"mentions"`
}

// Time is a TIMEX3 expression normalised against the publication date.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Quote is direct or reported speech with its speaker.
type Quote struct {
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Text        string  `json:"text"`
	Direct      bool    `json:"direct"`
	Speaker     *string `json:"speaker"`
	SpeakerName *string `json:"speaker_name"`
	Cue         *string `json:"cue"`
}

// Claim is a numeric statement about the world and who makes it.
type Claim struct {
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Kind       string   `json:"kind"`
	Value      float64  `json:"value"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	Qualifier  *string  `json:"qualifier"`
	About      *string  `json:"about"`
	Source     *string  `json:"source"`
	SourceName *string  `json:"source_name"`
	AsOf       *string  `json:"as_of"`
}

// Event is who did what to whom, where and when, in CAMEO terms.
type Event struct {
	ID          string  `json:"id"`
	Code        string  `json:"code"`
	Root        string  `json:"root"`
	Label       string  `json:"label"`
	Quad        int     `json:"quad"`
	Goldstein   float64 `json:"goldstein"`
	Plover      *string `json:"plover"`
	Source      *string `json:"source"`
	Target      *string `json:"target"`
	SourceActor *string `json:"source_actor"`
	TargetActor *string `json:"target_actor"`
	Place       *string `json:"place"`
	Date        *string `json:"date"`
	Modality    string  `json:"modality"`
	Sentence    int     `json:"sentence"`
	Trigger     Span    `json:"trigger"`
	Rule        string  `json:"rule"`
	Confidence  float64 `json:"confidence"`
}

// Document is one article: its cleaned text and every layer the stages add.
// Field order is the JSON order; "contract" comes first.
type Document struct {
	Contract  string    `json:"contract"`
	ID        string    `json:"id"`
	Source    Source    `json:"source"`
	Title     *string   `json:"title"`
	Published *string   `json:"published"`
	Language  string    `json:"language"`
	Text      string    `json:"text"`
	Removed   []Removal `json:"removed"`
	Sentences []Span    `json:"sentences"`
	Entities  []Entity  `json:"entities"`
	Places    []Place   `json:"places"`
	Times     []Time    `json:"times"`
	Quotes    []Quote   `json:"quotes"`
	Claims    []Claim   `json:"claims"`
	Events    []Event   `json:"events"`
	Warnings  []string  `json:"warnings"`

	// Tokens are kept for later stages but are not part of the contract.
	Tokens []Span `json:"-"`
}

// New returns a document with every array non-nil, so that JSON has [] and
// never null where the contract asks for an array.
func New() *Document {
	return &Document{
		Contract:  Contract,
		Language:  "en",
		Removed:   []Removal{},
		Sentences: []Span{},
		Entities:  []Entity{},
		Places:    []Place{},
		Times:     []Time{},
		Quotes:    []Quote{},
		Claims:    []Claim{},
		Events:    []Event{},
		Warnings:  []string{},
	}
}

// HashText is the document id for a cleaned text: the hex SHA-256 of its
// UTF-8 bytes, truncated to 32 hex digits (128 bits) to keep ids short.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Str returns a pointer to s, or nil when s is empty: the contract's
// "string or null".
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Deref returns *p, or "" for nil.
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
