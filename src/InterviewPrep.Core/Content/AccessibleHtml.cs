using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InterviewPrep.Core.Content;

/// <summary>
/// Markdig's HTML for task lists and tables, changed so that the rendered pages pass an accessibility audit:
/// a task-list checkbox is named by its item's text, and a table sits in a named region that the keyboard
/// can reach, so that a table wider than a phone can be scrolled without a mouse.
/// </summary>
internal static class AccessibleHtml
{
    public static void Use(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Replace<HtmlTaskListRenderer>(new LabelledTaskListRenderer());
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer());
    }

    /// <summary>The text of the inlines from <paramref name="first"/> to the end of its container.</summary>
    internal static string PlainText(Inline? first)
    {
        var text = new StringBuilder();
        AppendPlain(first, text);
        return TextStats.NormalizeWhitespace(text.ToString());
    }

    private static void AppendPlain(Inline? inline, StringBuilder text)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    AppendPlain(container.FirstChild, text);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(paragraph => PlainText(paragraph.Inline?.FirstChild)));

    private sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.Write(obj.Checked ? "[x]" : "[ ]");
                return;
            }

            // The item cannot be ticked on the page, but its state and what it is about must still be announced.
            renderer.Write("<input disabled=\"disabled\" type=\"checkbox\"");
            if (obj.Checked)
            {
                renderer.Write(" checked=\"checked\"");
            }

            renderer.Write(" aria-label=\"").WriteEscape(PlainText(obj.NextSibling)).Write("\" />");
        }
    }

    private sealed class ScrollableTableRenderer : HtmlTableRenderer
    {
        // One renderer per document: a region's name must be unique on its page, so a second table with the same
        // columns is named after the heading it sits under, and a third after its number.
        private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, table);
                return;
            }

            var columns = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader) is { } header
                ? string.Join(", ", header.OfType<TableCell>().Select(CellText).Where(text => text.Length > 0))
                : string.Empty;
            var label = columns.Length > 0 ? $"Table: {columns}" : "Table";
            if (!_labels.Add(label))
            {
                var named = HeadingAbove(table) is { Length: > 0 } heading ? $"{label}, under {heading}" : label;
                label = named;
                for (var n = 2; !_labels.Add(label); n++)
                {
                    label = $"{named} (table {n})";
                }
            }
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).WriteLine("\">");
            base.Write(renderer, table);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }

        private static string? HeadingAbove(Table table)
        {
            if (table.Parent is not { } parent)
            {
                return null;
            }

            for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return PlainText(heading.Inline?.FirstChild);
                }
            }

            return null;
        }
    }
}
