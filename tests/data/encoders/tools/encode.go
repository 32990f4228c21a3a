// Go: encoding/json into map[string]interface{} and back — keys sorted, "<", ">", "&" escaped as \u003c, \u003e,
// \u0026, U+2028 as \u2028 — instants from time.Time's RFC3339Nano, numbers through float64.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var doc map[string]interface{}
	if err := json.Unmarshal(data, &doc); err != nil {
		panic(err)
	}
	metadata := doc["metadata"].(map[string]interface{})
	for _, p := range []string{"created", "modified"} {
		t, err := time.Parse(time.RFC3339Nano, metadata[p].(string))
		if err != nil {
			panic(err)
		}
		metadata[p] = t.In(time.FixedZone("AST", 3*60*60)).Format(time.RFC3339Nano)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
