package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestEventRows(t *testing.T) {
	d := doc.New()
	d.Published = doc.Str("2016-12-13T10:00:00Z")
	d.Source.URL = doc.Str("https://example.org/a")
	gid := int64(170063)
	d.Entities = []doc.Entity{
		{ID: "e1", Name: "Syrian troops", Type: "group", Actor: doc.Str("SYRMIL")},
		{ID: "e2", Name: "rebels", Type: "group", Actor: doc.Str("REB")},
	}
	d.Places = []doc.Place{{ID: "p1", Name: "Aleppo", Kind: "city", Country: doc.Str("SY"), Lat: 36.2, Lon: 37.16, GeoNames: &gid}}
	d.Events = []doc.Event{{ID: "v1", Code: "1951", Root: "19", Quad: 4, Goldstein: -10, Source: doc.Str("e1"), Target: doc.Str("e2"),
		SourceActor: doc.Str("SYRMIL"), TargetActor: doc.Str("REB"), Place: doc.Str("p1"), Date: doc.Str("2016-12-12"), Modality: "asserted"}}
	var buf bytes.Buffer
	w := NewEventWriter(&buf)
	if err := w.Write(d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	head, row := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t")
	if len(head) != 61 || len(row) != 61 {
		t.Fatalf("columns %d %d", len(head), len(row))
	}
	get := map[string]string{}
	for i, h := range head {
		get[h] = row[i]
	}
	want := map[string]string{"GLOBALEVENTID": "1", "SQLDATE": "20161212", "Actor1Code": "SYRMIL", "Actor1CountryCode": "SYR", "Actor1Type1Code": "MIL",
		"Actor2Code": "REB", "Actor2CountryCode": "", "Actor2Type1Code": "REB", "EventCode": "1951", "EventBaseCode": "195", "EventRootCode": "19",
		"QuadClass": "4", "GoldsteinScale": "-10.0", "ActionGeo_FullName": "Aleppo", "ActionGeo_Type": "4", "ActionGeo_FeatureID": "170063",
		"DATEADDED": "20161213100000", "SOURCEURL": "https://example.org/a", "IsRootEvent": "1"}
	for k, v := range want {
		if get[k] != v {
			t.Errorf("%s = %q, want %q", k, get[k], v)
		}
	}
}
