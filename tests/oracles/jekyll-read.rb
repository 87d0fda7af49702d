# Jekyll as the input oracle: which documents a site publishes, with their dates, titles and URLs.
#
# usage: ruby jekyll-read.rb SITE_COPY
#   SITE_COPY is a temporary copy of the site (Jekyll writes caches into the folder it reads).
# Prints one JSON object per line per document: {"path","collection","date","url","title","output","error"}
# ("error": Jekyll logged a read error for it and published it without front matter), then
# {"log": message} per logged error, or a single {"fatal": message} when the build stops.
#
# Config edits (the only ones; written to an override file, the site's _config.yml is untouched):
#   theme, remote_theme: removed  (themes are gems this machine does not have)
#   plugins, gems: [], whitelist: []  (plugins are gems too; none changes which files are read)
#   future: true  (a talk dated after today is still a talk)
#   unpublished: false (the default, so `published: false` records are not listed)
#   destination: a temporary folder, never written since nothing is rendered
require "jekyll"
require "json"
require "tmpdir"

source = File.expand_path(ARGV.fetch(0))
override = File.join(Dir.mktmpdir("jekyll-oracle"), "override.yml")
File.write(override, { "plugins" => [], "gems" => [],
                       "whitelist" => [], "future" => true }.to_yaml)
configs = [File.join(source, "_config.yml"), override].select { |f| File.exist?(f) }

# Jekyll logs YAML errors through its logger; capture them as oracle output instead of noise.
Jekyll.logger.log_level = :error
errors = []
Jekyll.logger.writer.define_singleton_method(:error) do |topic, message = nil|
  errors << "#{topic} #{message}".strip
end

config = Jekyll.configuration("source" => source, "destination" => File.join(File.dirname(override), "_site"),
                              "config" => configs, "quiet" => true, "future" => true)
# Jekyll's config merge keeps the old value where the override says nil, so drop the theme here.
config.delete("theme")
config.delete("remote_theme")
site = Jekyll::Site.new(config)
site.reset
begin
  site.read
rescue StandardError => e
  # A fatal error (an invalid `date:`) stops Jekyll's whole build: the site publishes nothing.
  puts JSON.generate({ "fatal" => e.message.lines.first.to_s.strip })
  exit 0
end

# Jekyll's page URL as the absolute_url filter makes it: url + baseurl + the document's url.
prefix = site.config["url"].to_s.chomp("/") + site.baseurl.to_s.chomp("/")
site.collections.each do |label, collection|
  collection.docs.each do |doc|
    rel = doc.relative_path.sub(%r{\A/}, "")
    # A document without a date of its own gets the build time from Jekyll: that is no date.
    date = doc.data["date"]
    date = nil if date.respond_to?(:to_i) && date.to_i == site.time.to_i
    puts JSON.generate({
      "path" => rel,
      "collection" => label,
      "date" => date.respond_to?(:strftime) ? date.strftime("%Y-%m-%d") : date&.to_s,
      "url" => prefix + doc.url,
      "title" => doc.data["title"]&.to_s,
      "output" => collection.write?,
      "error" => errors.any? { |e| e.include?(doc.path) },
    })
  end
end
errors.each { |e| puts JSON.generate({ "log" => e }) }

# The data files Jekyll loaded into site.data (Psych, libyaml's binding, parsed them): every mapping
# listed in a list, at any depth, that has a value of its own (a list of only lists is a group), in
# file order, with the keys of the groups above it. A text listed alone is printed as such.
# {"data": name, "groups": [...], "title", "name", "date", "year", "canceled"} or {"data": name, "groups", "text"}.
def data_date(value)
  return value.strftime("%Y-%m-%d") if value.respond_to?(:strftime)
  return nil unless value.is_a?(String)
  # A text date as Jekyll's Time.parse reads a front matter's `date:` text.
  Time.parse(value).strftime("%Y-%m-%d") rescue nil
end

def walk_data(name, value, groups, in_list)
  case value
  when Hash
    if in_list && value.values.any? { |v| !v.is_a?(Array) && !v.is_a?(Hash) }
      puts JSON.generate({ "data" => name, "groups" => groups, "title" => value["title"]&.to_s, "name" => value["name"]&.to_s,
                           "date" => data_date(value["date"]), "year" => value["year"]&.to_s,
                           "canceled" => !!(value["canceled"] || value["cancelled"]) })
    else
      value.each { |k, v| walk_data(name, v, groups + [k.to_s], false) }
    end
  when Array
    value.each do |v|
      if v.is_a?(Hash) || v.is_a?(Array)
        walk_data(name, v, groups, true)
      elsif !v.nil? && !v.to_s.strip.empty?
        puts JSON.generate({ "data" => name, "groups" => groups, "text" => v.to_s })
      end
    end
  end
end

site.data.each { |name, value| walk_data(name, value, [], false) }
