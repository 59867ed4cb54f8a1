/* The floor a YAML template costs (DESIGN.md §5): libyaml's event parser reading the file and
 * doing nothing with the events. bench/template-series builds it (cc -O2 ... -lyaml). */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  FILE *in = fopen(argv[1], "rb");
  if (!in)
    return 2;
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, in);
  unsigned long events = 0;
  for (int done = 0; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event))
      return 1;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    ++events;
  }
  yaml_parser_delete(&parser);
  fclose(in);
  return events == 0;
}
