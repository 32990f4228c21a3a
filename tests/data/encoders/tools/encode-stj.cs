// System.Text.Json with its default options: JsonNode.Parse, then ToJsonString with JavaScriptEncoder.Default, which
// escapes every non-ASCII character and "<", ">", "&", "'", "+" as \uXXXX ("Etc/GMT\u002B3").
using System.Text.Json;
using System.Text.Json.Nodes;

JsonNode doc = JsonNode.Parse(File.ReadAllText(args[0]))!;
bool pretty = args.Length > 1 && args[1] == "pretty";
Console.Out.Write(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = pretty }) + "\n");
