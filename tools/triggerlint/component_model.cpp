#include "component_model.h"

#include "awsjson/dump_frontend.h"
#include "cfn/stack_join.h"
#include "model/model_merge.h"

namespace tl {

model::Model componentModel(const InputComponent &component, const std::vector<RunInput> &inputs,
                            FragmentStore &fragments) {
  model::Model model;
  for (size_t file : component.files) {
    if (std::optional<model::Model> kept = fragments.take(file)) {
      model::appendModel(model, std::move(*kept));
    } else {
      // On its own, as pass 1 read it, so that both passes hold the same facts.
      model::Model fragment;
      bool plainCpp = false;
      readRunInput(inputs[file], fragment, &plainCpp);
      // Stamped after this read, so that a change at any time since pass 1's stamp shows.
      if (stampOf(inputs[file].file->path) != inputs[file].stamp)
        fragment.problems.push_back({Location{inputs[file].file->path, 0, 0},
                                     "this file changed while triggerlint linted it; the files it was joined with "
                                     "are those of its earlier content: lint again",
                                     false});
      model::appendModel(model, std::move(fragment));
    }
  }
  awsjson::joinDumps(model);
  cfn::joinStacks(model);
  return model;
}

} // namespace tl
