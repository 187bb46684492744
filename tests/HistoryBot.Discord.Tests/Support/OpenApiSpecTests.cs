using System.Text.Json.Nodes;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>
/// The spec check is only worth something if it can fail. These run it on a small spec written
/// here (shaped like Discord's: $ref, allOf, nullable unions, enums) and feed it what it must refuse.
/// </summary>
public sealed class OpenApiSpecTests
{
    private static readonly OpenApiSpec Spec = new("""
        {
          "openapi": "3.1.0",
          "paths": {
            "/channels/{channel_id}/messages": {
              "post": { "operationId": "create_message", "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Message" } } } } }
            },
            "/webhooks/{webhook_id}/{webhook_token}/messages/@original": {
              "patch": { "operationId": "update_original", "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Edit" } } } } }
            },
            "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}": {
              "patch": { "operationId": "update_message", "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Edit" } } } } }
            }
          },
          "components": { "schemas": {
            "Kind": { "type": "integer", "oneOf": [ { "const": 4 }, { "const": 5 } ] },
            "Edit": { "type": "object", "properties": { "content": { "type": ["string", "null"], "maxLength": 10 } } },
            "Field": { "type": "object", "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"] },
            "Message": {
              "type": "object",
              "allOf": [ { "$ref": "#/components/schemas/Edit" } ],
              "properties": {
                "kind": { "type": "integer", "allOf": [ { "$ref": "#/components/schemas/Kind" } ] },
                "id": { "type": "integer" },
                "fields": { "type": ["array", "null"], "items": { "$ref": "#/components/schemas/Field" }, "maxItems": 2 },
                "reference": { "oneOf": [ { "type": "null" }, { "$ref": "#/components/schemas/Field" } ] }
              },
              "required": ["kind"]
            }
          } }
        }
        """);

    [Fact]
    public void A_body_that_fits_passes_including_properties_from_allof_and_integer_ids_sent_as_strings()
    {
        var body = JsonNode.Parse("""{"kind":4,"id":"1234","content":"hi","fields":[{"name":"a","value":"b"}],"reference":null}""");

        Assert.Empty(Spec.ValidateRequest("POST", "/channels/1/messages", body));
    }

    [Fact]
    public void An_unknown_property_and_a_missing_required_one_are_caught_also_inside_arrays()
    {
        var errors = Spec.ValidateRequest("POST", "/channels/1/messages", JsonNode.Parse("""{"kind":4,"colour":3,"fields":[{"name":"a"}]}"""));

        Assert.Contains(errors, error => error.Contains("'colour' is not a property"));
        Assert.Contains(errors, error => error.Contains("$.fields[0]: the required property 'value' is missing"));
    }

    [Fact]
    public void Wrong_types_values_outside_an_enum_too_long_text_and_too_many_items_are_caught()
    {
        var wrongType = Spec.ValidateRequest("POST", "/channels/1/messages", JsonNode.Parse("""{"kind":4,"fields":{"name":"a"}}"""));
        var badKind = Spec.ValidateRequest("POST", "/channels/1/messages", JsonNode.Parse("""{"kind":42}"""));
        var tooLong = Spec.ValidateRequest("PATCH", "/webhooks/1/tok/messages/@original", JsonNode.Parse("""{"content":"eleven char"}"""));
        var tooMany = Spec.ValidateRequest("POST", "/channels/1/messages", JsonNode.Parse("""{"kind":5,"fields":[{"name":"a","value":"b"},{"name":"a","value":"b"},{"name":"a","value":"b"}]}"""));
        var badUnion = Spec.ValidateRequest("POST", "/channels/1/messages", JsonNode.Parse("""{"kind":5,"reference":{"name":"a"}}"""));

        Assert.NotEmpty(wrongType);
        Assert.NotEmpty(badKind);
        Assert.Contains(tooLong, error => error.Contains("more than 10"));
        Assert.Contains(tooMany, error => error.Contains("more than 2"));
        Assert.Contains(badUnion, error => error.Contains("matches none of the oneOf variants"));
    }

    [Fact]
    public void A_path_or_method_the_spec_lacks_and_a_missing_body_are_caught()
    {
        Assert.Contains(Spec.ValidateRequest("POST", "/channels/1/replies", JsonNode.Parse("{}")), error => error.Contains("no such path"));
        Assert.Contains(Spec.ValidateRequest("PUT", "/channels/1/messages", JsonNode.Parse("{}")), error => error.Contains("no such operation"));
        Assert.Contains(Spec.ValidateRequest("POST", "/channels/1/messages", null), error => error.Contains("requires a body"));
    }

    [Fact]
    public void The_original_response_path_is_matched_to_its_literal_template()
    {
        Assert.Equal("/webhooks/{webhook_id}/{webhook_token}/messages/@original", Spec.MatchPath("/webhooks/1/tok/messages/@original"));
        Assert.Equal("/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", Spec.MatchPath("/webhooks/1/tok/messages/55"));
    }
}
