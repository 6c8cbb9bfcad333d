using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using PrivacyAnalyzers;

// Trees that enumerate themselves (class Node : IEnumerable<Node>) held by an entity, annotated or not, and the JSON
// document types real code keeps personal data in: Newtonsoft's JObject, System.Text.Json's JsonNode and JsonElement.
namespace RealModels.Documents
{
    [DataSubject("Customer")]
    public class Profile
    {
        [PersonalData("Identity.Name")]
        public string Name { get; set; } = "";

        // Annotated member whose type is a self-enumerating tree with annotated labels: every label belongs to the subject.
        [PersonalData("Usage.Preferences")]
        public Node? Interests { get; set; }

        // Annotated member whose type is a self-enumerating tree with no annotation of its own.
        [PersonalData("Usage.Preferences")]
        public PlainNode? Tags { get; set; }

        // Unannotated member of a self-enumerating tree without annotations: nothing of it is personal data.
        public PlainNode? Outline { get; set; }

        [PersonalData("Usage.Preferences")]
        public JObject? Extra { get; set; }

        public JObject? RawPayload { get; set; }

        [PersonalData("Usage.Preferences")]
        public JsonNode? Settings { get; set; }

        public JsonNode? Cache { get; set; }

        [PersonalData("Usage.Preferences")]
        public JsonElement Consent { get; set; }

        public JsonElement Telemetry { get; set; }
    }

    public sealed class Node : IEnumerable<Node>
    {
        public Node(string label) => Label = label;

        [PersonalData("Usage.Preferences")]
        public string Label { get; }

        public Node? Parent { get; private set; }

        public List<Node> Children { get; } = new List<Node>();

        public Node Add(Node child)
        {
            child.Parent = this;
            Children.Add(child);
            return this;
        }

        public IEnumerator<Node> GetEnumerator() => Children.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public sealed class PlainNode : IEnumerable<PlainNode>
    {
        public PlainNode(string label) => Label = label;

        public string Label { get; }

        public List<PlainNode> Children { get; } = new List<PlainNode>();

        public PlainNode Add(PlainNode child)
        {
            Children.Add(child);
            return this;
        }

        public IEnumerator<PlainNode> GetEnumerator() => Children.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Label;
    }
}
