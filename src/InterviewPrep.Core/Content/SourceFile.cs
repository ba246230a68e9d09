using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InterviewPrep.Core.Content;

/// <summary>One content file being loaded: collects its errors with file-relative line numbers.</summary>
internal sealed class SourceFile(string relativePath, List<ContentError> errors)
{
    private int _errorCount;

    public string RelativePath { get; } = relativePath;

    /// <summary>File line of the YAML's first line, so YAML marks can be mapped to file lines.</summary>
    public int YamlFirstLine { get; set; } = 1;

    public bool HasErrors => _errorCount > 0;

    public void Error(int line, string message)
    {
        errors.Add(new ContentError(RelativePath, line, message));
        _errorCount++;
    }

    public int LineOf(YamlNode node) => LineOf(node.Start);

    public int LineOf(Mark mark) => YamlFirstLine + (int)mark.Line - 1;
}

/// <summary>A YAML mapping read field by field, reporting each problem at the line where it is.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly SourceFile _file;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, SourceFile file)
    {
        _node = node;
        _file = file;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_entries.TryAdd(name, (key, value)))
            {
                file.Error(file.LineOf(key), $"Field '{name}' appears more than once.");
            }
        }
    }

    public int Line => _file.LineOf(_node);

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The raw text of a field, without reporting anything when it is missing.</summary>
    public string? Peek(string key) => _entries.TryGetValue(key, out var entry) ? (entry.Value as YamlScalarNode)?.Value : null;

    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? _file.LineOf(entry.Key) : Line;

    public void RejectUnknown(params string[] known)
    {
        foreach (var (name, entry) in _entries)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                _file.Error(_file.LineOf(entry.Key), $"Unknown field '{name}'. Expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public string Required(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            _file.Error(Line, $"Missing required field '{key}'.");
            return string.Empty;
        }

        if (entry.Value is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            _file.Error(_file.LineOf(entry.Value), $"Field '{key}' must be a non-empty text value.");
            return string.Empty;
        }

        return TextStats.NormalizeWhitespace(scalar.Value);
    }

    public string RequiredSlug(string key)
    {
        var value = Required(key);
        if (value.Length > 0 && !ContentRules.IsValidSlug(value))
        {
            _file.Error(LineOf(key), $"Field '{key}' must be a slug (lowercase letters, digits and '-'), not '{value}'.");
        }

        return value;
    }

    /// <summary>A required absolute https URL; anything else is reported on its line, and gives null.</summary>
    public Uri? RequiredHttpsUrl(string key)
    {
        var text = Required(key);
        if (text.Length == 0)
        {
            return null;
        }

        if (!text.Contains(' ', StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return uri;
        }

        _file.Error(LineOf(key), $"Field '{key}' must be an absolute https URL (https://...), not '{text}'.");
        return null;
    }

    /// <summary>A required calendar date written yyyy-MM-dd; anything else is reported on its line, and gives null.</summary>
    public DateOnly? RequiredIsoDate(string key)
    {
        var text = Required(key);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        _file.Error(LineOf(key), $"Field '{key}' must be a date written yyyy-MM-dd, such as 2026-03-09, not '{text}'.");
        return null;
    }

    public int RequiredInt(string key)
    {
        var text = Required(key);
        if (text.Length == 0)
        {
            return 0;
        }

        if (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            _file.Error(LineOf(key), $"Field '{key}' must be a whole number, not '{text}'.");
        }

        return value;
    }

    public TEnum RequiredEnum<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var text = Required(key);
        if (text.Length == 0)
        {
            return default;
        }

        if (!Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) || !Enum.IsDefined(value) || char.IsDigit(text[0]))
        {
            var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
            _file.Error(LineOf(key), $"Field '{key}' must be one of: {allowed}; found '{text}'.");
        }

        return value;
    }

    public IReadOnlyList<(string Value, int Line)> OptionalSlugList(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            _file.Error(_file.LineOf(entry.Value), $"Field '{key}' must be a list.");
            return [];
        }

        var result = new List<(string, int)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && ContentRules.IsValidSlug(value))
            {
                result.Add((value, _file.LineOf(item)));
            }
            else
            {
                _file.Error(_file.LineOf(item), $"Each item of '{key}' must be a slug.");
            }
        }

        return result;
    }

    /// <summary>An optional list of enum values written in lower case; an unknown or repeated value is reported on its line.</summary>
    public IReadOnlyList<TEnum> OptionalEnumList<TEnum>(string key)
        where TEnum : struct, Enum
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            _file.Error(_file.LineOf(entry.Value), $"Field '{key}' must be a list.");
            return [];
        }

        var names = Enum.GetValues<TEnum>().ToDictionary(v => v.ToString().ToLowerInvariant(), StringComparer.Ordinal);
        var result = new List<TEnum>();
        foreach (var item in sequence)
        {
            var text = (item as YamlScalarNode)?.Value ?? string.Empty;
            if (!names.TryGetValue(text, out var value))
            {
                _file.Error(_file.LineOf(item), $"Unknown value '{text}' in '{key}'. Use one of: {string.Join(", ", names.Keys)}.");
            }
            else if (result.Contains(value))
            {
                _file.Error(_file.LineOf(item), $"Value '{text}' appears more than once in '{key}'.");
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Reads a list of mappings, requiring at least <paramref name="minimum"/> items.</summary>
    public IReadOnlyList<T> List<T>(string key, int minimum, Func<YamlFields, T> read)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            _file.Error(Line, $"Missing required field '{key}' (a list of at least {minimum}).");
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            _file.Error(_file.LineOf(entry.Value), $"Field '{key}' must be a list.");
            return [];
        }

        var result = new List<T>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(read(new YamlFields(mapping, _file)));
            }
            else
            {
                _file.Error(_file.LineOf(item), $"Each item of '{key}' must be a mapping with named fields.");
            }
        }

        if (result.Count < minimum)
        {
            _file.Error(_file.LineOf(entry.Key), $"'{key}' has {result.Count} item(s); at least {minimum} are required.");
        }

        return result;
    }
}
